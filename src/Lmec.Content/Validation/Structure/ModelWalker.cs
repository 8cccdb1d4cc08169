using System.Collections.Concurrent;
using System.Globalization;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Validation.Structure;

/// <summary>
/// Walks a document of the model, guided by its serialization contract, so that every member the
/// contract knows is reached without a list of them to keep up to date. It shows every string, date and
/// multilingual text to a visitor, reports the members a lenient reader kept, and, for a model built in
/// code, what the typed reader would have rejected: a required member left <see langword="null"/>, a
/// <see langword="null"/> in a list, an enum value that is not defined.
/// </summary>
internal sealed class ModelWalker
{
    private static readonly ConcurrentDictionary<Type, Member[]> Plans = new();

    private readonly JsonPointerBuilder _path = new();
    private readonly IModelVisitor? _visitor;
    private ValidationFindings? _findings;
    private readonly ValidationSeverity _unknownSeverity;
    private readonly bool _checkStructure;

    /// <summary>Initialises a walk.</summary>
    /// <param name="visitor">What to show strings and texts to, or <see langword="null"/>.</param>
    /// <param name="findings">Where structure findings go, or <see langword="null"/> to report none.</param>
    /// <param name="mode">The reading mode: members the model does not define are errors when strict, warnings when lenient.</param>
    /// <param name="checkStructure"><see langword="true"/> to check what the typed reader checks, for a model built in code.</param>
    internal ModelWalker(IModelVisitor? visitor, ValidationFindings? findings, ContentReadMode mode, bool checkStructure)
    {
        _visitor = visitor;
        _findings = findings;
        _unknownSeverity = mode == ContentReadMode.Lenient ? ValidationSeverity.Warning : ValidationSeverity.Error;
        _checkStructure = checkStructure;
    }

    /// <summary>What to do with one member of a type.</summary>
    private enum Shape
    {
        String,
        Text,
        StringList,
        TextList,
        Object,
        ObjectList,
        Enum,
        Integer,
        Date,
        DateList,
    }

    /// <summary>Walks a document.</summary>
    /// <param name="document">The document.</param>
    internal void Walk(ContentDocument document) => WalkObject(document, PlanOf(document.GetType()));

    /// <summary>Changes where structure findings go, so that one walker serves one validation after another.</summary>
    /// <param name="findings">Where structure findings go, or <see langword="null"/> to report none.</param>
    internal void ReportTo(ValidationFindings? findings) => _findings = findings;

    private static Member[] PlanOf(Type type) => Plans.GetOrAdd(type, static type =>
    {
        var members = new List<Member>();
        foreach (var member in WireContract.Of(type).Members)
        {
            if (member.Get is not null && ShapeOf(member) is { } shape)
            {
                members.Add(new Member(member, shape));
            }
        }

        return [.. members];
    });

    private static Shape? ShapeOf(WireMember member) => member.Category switch
    {
        ValueCategory.LocalizedText => member.IsList ? Shape.TextList : Shape.Text,
        ValueCategory.Entity => member.IsList ? Shape.ObjectList : Shape.Object,
        ValueCategory.Enumeration when !member.IsList => Shape.Enum,
        ValueCategory.Integer when !member.IsList => Shape.Integer,
        ValueCategory.Date or ValueCategory.PartialDate or ValueCategory.Timestamp => member.IsList ? Shape.DateList : Shape.Date,
        _ when member.IsString => member.IsList ? Shape.StringList : Shape.String,
        _ => null,
    };

    private void WalkObject(ContentObject value, Member[] plan)
    {
        if (_findings is not null && value.ExtensionData is { Count: > 0 } unknown)
        {
            var key = _unknownSeverity == ValidationSeverity.Warning ? "LMEC101.lenient" : ValidationCodes.UnknownMember;
            foreach (var name in unknown.Keys)
            {
                _path.Push(name);
                _findings.Add(ValidationCodes.UnknownMember, _unknownSeverity, _path.ToString(), key, ValidationMessages.Display(name));
                _path.Pop();
            }
        }

        foreach (var member in plan)
        {
            if (member.Shape == Shape.Enum && !_checkStructure)
            {
                continue;
            }

            // Most members of a valid document are absent or empty lists: they need no step on the path.
            var memberValue = member.Get(value);
            if (memberValue is null ? !_checkStructure || member.IsOptional : member.IsList && memberValue is IContentList { Count: 0 })
            {
                continue;
            }

            _path.Push(member.Name);
            WalkMember(member, memberValue);
            _path.Pop();
        }
    }

    private void WalkMember(Member member, object? value)
    {
        if (value is null)
        {
            _findings?.Add(ValidationCodes.MissingMember, ValidationSeverity.Error, _path.ToString(), ValidationCodes.MissingMember, member.Name);
            return;
        }

        switch (member.Shape)
        {
            case Shape.String:
                VisitString(member.Contract, (string)value);
                break;
            case Shape.Integer:
                _visitor?.Integer(member.Contract, value is int number ? number : Convert.ToInt64(value, CultureInfo.InvariantCulture), _path);
                break;
            case Shape.Date:
                VisitDate(member.Contract, value);
                break;
            case Shape.Text:
                WalkText(member.Contract, (LocalizedText)value);
                break;
            case Shape.Object:
                var item = (ContentObject)value;
                WalkObject(item, member.PlanOf(item));
                break;
            case Shape.Enum:
                CheckEnum(member, value);
                break;
            default:
                WalkList(member, (IContentList)value);
                break;
        }
    }

    private void WalkList(Member member, IContentList list)
    {
        if (member.Shape == Shape.StringList)
        {
            _visitor?.StringList(member.Contract, list, _path);
        }

        for (var index = 0; index < list.Count; index++)
        {
            _path.Push(index);
            switch (list[index])
            {
                case null:
                    if (_checkStructure)
                    {
                        _findings?.Add(ValidationCodes.NullValue, ValidationSeverity.Error, _path.ToString(), ValidationCodes.NullValue);
                    }

                    break;
                case string item:
                    VisitString(member.Contract, item);
                    break;
                case LocalizedText item:
                    WalkText(member.Contract, item);
                    break;
                case ContentObject item:
                    WalkObject(item, member.PlanOf(item));
                    break;
                case { } item when member.Shape == Shape.DateList:
                    VisitDate(member.Contract, item);
                    break;
            }

            _path.Pop();
        }
    }

    private void VisitDate(WireMember member, object value)
    {
        switch (value)
        {
            case DateTimeOffset timestamp:
                _visitor?.Timestamp(member, timestamp, _path);
                break;
            case PartialDate date:
                _visitor?.Date(member, date, _path);
                break;
            default:
                _visitor?.Date(member, (DateOnly)value, _path);
                break;
        }
    }

    private void WalkText(WireMember member, LocalizedText text)
    {
        _visitor?.Text(member, text, _path);
        foreach (var (language, value) in text.Entries)
        {
            _path.Push(language);
            VisitString(WireContract.LanguageOfText, language);
            VisitString(WireContract.TextOf, value);
            _path.Pop();
        }
    }

    private void VisitString(WireMember member, string value)
    {
        // A string has at least as many UTF-16 units as code points: one no longer than the limit in units is within it.
        if (value.Length > member.MaxLength)
        {
            _visitor?.LongValue(member, value, _path);
        }

        // A string built in code may hold a lone surrogate, which no UTF-8 text can carry.
        if (_checkStructure && SuspiciousCharacters.HasLoneSurrogate(value))
        {
            _findings?.Add(ValidationCodes.InvalidUnicode, ValidationSeverity.Error, _path.ToString(), "LMEC011.surrogate");
        }

        _visitor?.Value(member, value, _path);
    }

    private void CheckEnum(Member member, object value)
    {
        var converter = member.EnumConverter!;
        if (!converter.IsDefined(value))
        {
            _findings?.Add(ValidationCodes.InvalidEnumValue, ValidationSeverity.Error, _path.ToString(), ValidationCodes.InvalidEnumValue, Convert.ToString(value, CultureInfo.InvariantCulture), string.Join(", ", converter.WireNames));
        }
    }

    /// <summary>One member of a type's plan, with what the walk needs of its contract looked up once.</summary>
    private sealed class Member
    {
        private Member[]? _plan;

        internal Member(WireMember contract, Shape shape)
        {
            Contract = contract;
            Get = contract.Get!;
            Shape = shape;
            IsList = shape is Shape.StringList or Shape.TextList or Shape.ObjectList or Shape.DateList;
            if (shape == Shape.Enum)
            {
                EnumConverter = (IContentEnumConverter)ContentJson.GetOptions(ContentReadMode.Strict).GetTypeInfo(contract.ValueType).Converter;
            }
        }

        /// <summary>Gets the member's contract.</summary>
        internal WireMember Contract { get; }

        /// <summary>Gets the wire name.</summary>
        internal string Name => Contract.Name;

        /// <summary>Gets the getter.</summary>
        internal Func<object, object?> Get { get; }

        /// <summary>Gets whether the member may be absent.</summary>
        internal bool IsOptional => !Contract.IsRequired;

        /// <summary>Gets whether the member holds a list, which the walk passes over when it is empty.</summary>
        internal bool IsList { get; }

        /// <summary>Gets what to do with the member.</summary>
        internal Shape Shape { get; }

        /// <summary>Gets the converter of an enum member, which knows the defined values; otherwise <see langword="null"/>.</summary>
        internal IContentEnumConverter? EnumConverter { get; }

        /// <summary>Gets the plan of an object the member holds, kept here for the declared type, which nearly every such object has.</summary>
        /// <param name="value">The object.</param>
        /// <returns>The plan of its type.</returns>
        internal Member[] PlanOf(ContentObject value)
        {
            var type = value.GetType();
            return type == Contract.ValueType ? _plan ??= ModelWalker.PlanOf(type) : ModelWalker.PlanOf(type);
        }
    }
}
