using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lmec.Content.Model;
using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Lmec.Content.Contract;
using Codes = Lmec.Content.Validation.ValidationCodes;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// Builds the invalid documents of the conformance corpus from the valid "every member" documents: hand-picked
/// cases, one breakage each, and generated sweeps that together break every constraint of every schema.
/// </summary>
internal static class InvalidCorpus
{
    private const string Unexpected = "unexpectedMember";

    /// <summary>Gets <c>schemas/v1/conformance/valid</c>.</summary>
    internal static string ValidFolder => Path.Combine(RepositoryPaths.SchemasV1, "conformance", "valid");

    /// <summary>Gets <c>schemas/v1/conformance/invalid</c>.</summary>
    internal static string InvalidFolder => Path.Combine(RepositoryPaths.SchemasV1, "conformance", "invalid");

    /// <summary>Builds every invalid document.</summary>
    /// <param name="walker">The schemas the documents must break.</param>
    /// <returns>The documents, hand-picked first, then generated.</returns>
    internal static IReadOnlyList<CorpusCase> Build(SchemaWalker walker) => [.. HandPicked(), .. Sweeps(walker)];

    /// <summary>Reads a valid "every member" document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The document.</returns>
    internal static JsonNode Base(DocumentKind kind) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ValidFolder, BaseName(kind) + "-every-member.json")))!;

    private static string BaseName(DocumentKind kind) => ContentSchemas.ForDocumentKind(kind).FileName.Replace(".schema.json", string.Empty, StringComparison.Ordinal);

    private static IEnumerable<CorpusCase> HandPicked()
    {
        var issue = Base(DocumentKind.NewsletterIssue);
        var article = Base(DocumentKind.Article);
        const string Speech = "/articles/0/speeches/0";
        const string Contact = "/contact/details";
        var text10001 = new string('水', 10001);

        CorpusCase Case(string name, string description, JsonNode document, params (string Code, string Pointer)[] errors) =>
            new(name + ".json", description, document, Expected(document, errors.Select(static error => new ExpectedError(error.Code, error.Pointer))));

        yield return Case("kind-missing", "A document without its kind: no schema applies.", JsonNodeEdits.Remove(issue, "/kind"), (Codes.MissingMember, "/kind"));
        yield return Case("kind-unknown", "A document of a kind the format does not define.", JsonNodeEdits.Set(issue, "/kind", "magazine"), (Codes.InvalidEnumValue, "/kind"));
        yield return Case("kind-integer", "A kind given as an integer rather than its name.", JsonNodeEdits.Set(issue, "/kind", 0), (Codes.InvalidEnumValue, "/kind"));
        yield return Case("root-array", "A document that is an array, not an object.", new JsonArray(), (Codes.NotAnObject, JsonPointer.Root));
        yield return Case("root-string", "A document that is a string, not an object.", JsonValue.Create("newsletterIssue"), (Codes.NotAnObject, JsonPointer.Root));
        yield return Case("article-document-kind-of-newsletter", "An article document that says it is a newsletter issue: the newsletter schema applies, and the article's members are unknown to it.",
            JsonNodeEdits.Set(Only(article, "kind", "schemaVersion", "language", "article"), "/kind", "newsletterIssue"),
            (Codes.MissingMember, "/id"), (Codes.MissingMember, "/title"), (Codes.MissingMember, "/publisherId"), (Codes.MissingMember, "/issueNumber"),
            (Codes.MissingMember, "/year"), (Codes.MissingMember, "/publicationDate"), (Codes.UnknownMember, "/article"));
        yield return Case("title-null", "null where a required multilingual text belongs.", JsonNodeEdits.Set(issue, "/title", null), (Codes.NullValue, "/title"));
        yield return Case("summary-null", "null for an optional member: the wire format omits absent values instead.", JsonNodeEdits.Set(issue, "/articles/0/summary", null), ("type", "/articles/0/summary"));
        yield return Case("article-null-in-list", "null inside a list.", JsonNodeEdits.Set(issue, "/articles", new JsonArray(null, issue["articles"]![0]!.DeepClone())), ("type", "/articles/0"));
        yield return Case("id-trailing-newline", "An id followed by a line feed, which a bare $ would let through in .NET, Python and Java.", JsonNodeEdits.Set(issue, "/id", "lmec-newsletter-2023-06\n"), ("pattern", "/id"));
        yield return Case("id-uppercase", "An id with capital letters.", JsonNodeEdits.Set(issue, "/id", "LMEC-Newsletter"), ("pattern", "/id"));
        yield return Case("id-non-ascii-digits", "An id with Arabic-Indic digits, which \\d would match in .NET.", JsonNodeEdits.Set(issue, "/id", "issue-٢٠٢٣"), ("pattern", "/id"));
        yield return Case("id-empty", "An empty id.", JsonNodeEdits.Set(issue, "/id", string.Empty), ("minLength", "/id"), ("pattern", "/id"));
        yield return Case("publication-date-february-30", "A date that does not exist.", JsonNodeEdits.Set(issue, "/publicationDate", "2023-02-30"), ("pattern", "/publicationDate"));
        yield return Case("publication-date-month-13", "A date in month 13.", JsonNodeEdits.Set(issue, "/publicationDate", "2023-13-01"), ("pattern", "/publicationDate"));
        yield return Case("publication-date-year-0000", "Year 0000, which no calendar date has.", JsonNodeEdits.Set(issue, "/publicationDate", "0000-06-25"), ("pattern", "/publicationDate"));
        yield return Case("publication-date-thai-digits", "A date written with Thai digits, which a reader of 0-9 cannot read.", JsonNodeEdits.Set(issue, "/publicationDate", "๒๕๖๖-๐๖-๒๕"), (Codes.NonAsciiDigits, "/publicationDate"));
        yield return Case("year-myanmar-digits", "A year written as a string of Myanmar digits.", JsonNodeEdits.Set(issue, "/year", "၂၀၂၃"), (Codes.NonAsciiDigits, "/year"));
        yield return Case("telephone-khmer-digits", "A telephone number written with Khmer digits.", JsonNodeEdits.Set(issue, Contact + "/telephones/0/number", "+៨៦១០៨២២៦៨២៤២"), (Codes.NonAsciiDigits, Contact + "/telephones/0/number"));
        yield return Case("publication-date-timestamp", "A timestamp where a date belongs.", JsonNodeEdits.Set(issue, "/publicationDate", "2023-06-25T00:00:00Z"), ("maxLength", "/publicationDate"), ("pattern", "/publicationDate"));
        yield return Case("event-start-date-month-13", "A year and month with month 13, where a date of reduced precision belongs.", JsonNodeEdits.Set(issue, "/articles/0/event/startDate", "2023-13"), ("pattern", "/articles/0/event/startDate"));
        yield return Case("event-start-date-year-0000", "The year 0000 alone, which no calendar has.", JsonNodeEdits.Set(issue, "/articles/0/event/startDate", "0000"), ("pattern", "/articles/0/event/startDate"));
        yield return Case("event-end-date-two-digit-year", "A year of two digits, which ISO 8601 calendar dates do not use.", JsonNodeEdits.Set(issue, "/articles/0/event/endDate", "23-04"), ("pattern", "/articles/0/event/endDate"));
        yield return Case("event-start-date-thai-year", "A year of reduced precision written with Thai digits.", JsonNodeEdits.Set(issue, "/articles/0/event/startDate", "๒๕๖๖"), (Codes.NonAsciiDigits, "/articles/0/event/startDate"));
        yield return Case("publication-date-year-and-month", "A year and month where a full date belongs: only some dates may be of reduced precision.", JsonNodeEdits.Set(issue, "/publicationDate", "2023-06"), ("pattern", "/publicationDate"));
        yield return Case("submitted-at-without-offset", "A timestamp without an offset, which a reader would place in its own time zone.", JsonNodeEdits.Set(article, "/submittedAt", "2023-05-10T09:30:00"), ("pattern", "/submittedAt"));
        yield return Case("submitted-at-date-only", "A date where a timestamp belongs.", JsonNodeEdits.Set(article, "/submittedAt", "2023-05-10"), ("pattern", "/submittedAt"));
        yield return Case("submitted-at-leap-second", "A leap second, which the model cannot hold.", JsonNodeEdits.Set(article, "/submittedAt", "2016-12-31T23:59:60Z"), ("pattern", "/submittedAt"));
        yield return Case("submitted-at-offset-beyond-14-hours", "An offset of more than 14 hours.", JsonNodeEdits.Set(article, "/submittedAt", "2023-05-10T09:30:00+15:00"), ("pattern", "/submittedAt"));
        yield return Case("website-javascript-url", "A javascript: URL where a web link belongs.", JsonNodeEdits.Set(issue, Contact + "/website", "javascript:alert(1)"), ("pattern", Contact + "/website"), ("format", Contact + "/website"));
        yield return Case("website-file-url", "A file: URL where a web link belongs.", JsonNodeEdits.Set(issue, Contact + "/website", "file:///etc/passwd"), ("pattern", Contact + "/website"), ("format", Contact + "/website"));
        yield return Case("website-relative-url", "A relative URL where an absolute web link belongs.", JsonNodeEdits.Set(issue, Contact + "/website", "/about"), ("pattern", Contact + "/website"), ("format", Contact + "/website"));
        yield return Case("website-mailto-without-address", "A mailto: link that names no e-mail address.", JsonNodeEdits.Set(issue, Contact + "/website", "mailto:lmec"), ("pattern", Contact + "/website"));
        yield return Case("website-port-beyond-65535", "A port no URL can use.", JsonNodeEdits.Set(issue, Contact + "/website", "http://en.lmec.org.cn:65536/"), ("pattern", Contact + "/website"), ("format", Contact + "/website"));
        yield return Case("telephone-printed-form", "A telephone number as printed rather than in E.164 form.", JsonNodeEdits.Set(issue, Contact + "/telephones/0/number", "+86-10-82268242"), ("pattern", Contact + "/telephones/0/number"));
        yield return Case("telephone-leading-zero", "An E.164 number whose country code starts with 0.", JsonNodeEdits.Set(issue, Contact + "/telephones/0/number", "+0861082268242"), ("pattern", Contact + "/telephones/0/number"));
        yield return Case("email-trailing-newline", "An e-mail address followed by a line feed.", JsonNodeEdits.Set(issue, Contact + "/emails/0", "li.xia@fecomce.org.cn\n"), ("pattern", Contact + "/emails/0"), ("format", Contact + "/emails/0"));
        yield return Case("email-without-domain", "An e-mail address without a domain.", JsonNodeEdits.Set(issue, Contact + "/emails/0", "li.xia@"), ("pattern", Contact + "/emails/0"), ("format", Contact + "/emails/0"));
        yield return Case("country-code-lowercase", "A country code in lowercase.", JsonNodeEdits.Set(issue, "/organisations/0/countryCodes/0", "cn"), ("pattern", "/organisations/0/countryCodes/0"));
        yield return Case("country-code-alpha-3", "An ISO 3166-1 alpha-3 code where alpha-2 belongs.", JsonNodeEdits.Set(issue, "/organisations/0/countryCodes/0", "CHN"), ("maxLength", "/organisations/0/countryCodes/0"), ("pattern", "/organisations/0/countryCodes/0"));
        yield return Case("language-name", "A language name where a BCP 47 tag belongs.", JsonNodeEdits.Set(issue, "/language", "English"), ("pattern", "/language"));
        yield return Case("text-keyed-by-language-name", "A multilingual text keyed by a language name.", JsonNodeEdits.Set(issue, "/title", new JsonObject { ["english"] = "Newsletter" }), (Codes.InvalidLanguageTag, "/title/english"));
        yield return Case("text-keyed-by-underscore-tag", "A multilingual text keyed by a POSIX locale name.", JsonNodeEdits.Set(issue, "/title", new JsonObject { ["zh_CN"] = "简报" }), (Codes.InvalidLanguageTag, "/title/zh_CN"));
        yield return Case("text-without-language", "A multilingual text with no language at all.", JsonNodeEdits.Set(issue, "/title", new JsonObject()), ("minProperties", "/title"));
        yield return Case("text-empty", "A multilingual text whose text is empty.", JsonNodeEdits.Set(issue, "/title", new JsonObject { ["en"] = string.Empty }), (Codes.BlankText, "/title/en"));
        yield return Case("text-invisible-only", "A text of zero-width spaces and a joiner only, which shows as nothing.", JsonNodeEdits.Set(issue, "/title", new JsonObject { ["km"] = "\u200B\u200D\u200B", ["en"] = "Newsletter" }), (Codes.BlankText, "/title/km"));
        yield return Case("text-number", "A number where a text belongs.", JsonNodeEdits.Set(issue, "/title", new JsonObject { ["en"] = 6 }), ("type", "/title/en"));
        yield return Case("text-string", "A plain string where a multilingual text belongs.", JsonNodeEdits.Set(issue, "/title", "Newsletter"), ("type", "/title"));
        yield return Case("text-too-long", "A text of 10,001 characters, one more than allowed.", JsonNodeEdits.Set(issue, "/about/text", new JsonObject { ["en"] = text10001 }), (Codes.ValueTooLong, "/about/text/en"));
        yield return Case("speech-kind-undefined", "A speech kind the format does not define.", JsonNodeEdits.Set(issue, Speech + "/kind", "farewell"), (Codes.InvalidEnumValue, Speech + "/kind"));
        yield return Case("speech-kind-pascal-case", "An enum value in PascalCase, as .NET names it, rather than camelCase.", JsonNodeEdits.Set(issue, Speech + "/kind", "Introductory"), (Codes.InvalidEnumValue, Speech + "/kind"));
        yield return Case("speech-kind-integer", "An enum value given as its integer.", JsonNodeEdits.Set(issue, Speech + "/kind", 1), (Codes.InvalidEnumValue, Speech + "/kind"));
        yield return Case("member-case-variant", "A member name in another case.", JsonNodeEdits.Set(issue, "/organisations/0/Abbreviation", "LMEC"), (Codes.UnknownMember, "/organisations/0/Abbreviation"));
        yield return Case("member-dollar-type", "A $type member, as polymorphic serializers write.", JsonNodeEdits.Set(issue, "/articles/0/$type", "Article"), (Codes.UnknownMember, "/articles/0/$type"));
        yield return Case("member-dollar-id", "A $id member in a document.", JsonNodeEdits.Set(issue, "/$id", "https://example.org/issue"), (Codes.UnknownMember, "/$id"));
        yield return Case("member-unknown-members", "A member named unknownMembers, like the model's property that never goes on the wire.", JsonNodeEdits.Set(issue, "/unknownMembers", new JsonObject()), (Codes.UnknownMember, "/unknownMembers"));
        yield return Case("ordinal-zero", "A recommendation numbered 0; numbers start at 1.", JsonNodeEdits.Set(issue, "/articles/0/recommendations/0/ordinal", 0), (Codes.InvalidInteger, "/articles/0/recommendations/0/ordinal"));
        yield return Case("ordinal-fraction", "A recommendation numbered 1.5.", JsonNodeEdits.Set(issue, "/articles/0/recommendations/0/ordinal", 1.5), (Codes.InvalidInteger, "/articles/0/recommendations/0/ordinal"));
        yield return Case("issue-number-beyond-int32", "An issue number beyond 2^31 − 1, which the model cannot hold.", JsonNodeEdits.Set(issue, "/issueNumber", 2147483648L), (Codes.InvalidInteger, "/issueNumber"));
        yield return Case("issue-number-string", "A number given as a string.", JsonNodeEdits.Set(issue, "/issueNumber", "6"), ("type", "/issueNumber"));
        yield return Case("year-five-digits", "The year 10000.", JsonNodeEdits.Set(issue, "/year", 10000), (Codes.InvalidInteger, "/year"));
        yield return Case("unanimous-string", "A boolean given as a string.", JsonNodeEdits.Set(issue, "/articles/0/event/outcome/unanimous", "true"), ("type", "/articles/0/event/outcome/unanimous"));
        yield return Case("headline-missing", "An article without its headline.", JsonNodeEdits.Remove(issue, "/articles/0/headline"), (Codes.MissingMember, "/articles/0/headline"));
        yield return Case("name-order-missing", "A person's name without the order of its parts.", JsonNodeEdits.Remove(issue, "/people/0/name/order"), (Codes.MissingMember, "/people/0/name/order"));
        yield return Case("topics-repeated", "A topic listed twice.", JsonNodeEdits.Set(issue, "/articles/0/topics", new JsonArray("climate-change", "climate-change")), (Codes.DuplicateListItem, "/articles/0/topics/1"));
        yield return Case("schema-version-2", "A document of major version 2, which version 1 schemas do not describe.", JsonNodeEdits.Set(issue, "/schemaVersion", "2.0"), (Codes.UnsupportedSchemaVersion, "/schemaVersion"));
        yield return Case("schema-relative-reference", "A $schema that is a relative reference rather than the schema's $id.", JsonNodeEdits.Set(issue, "/$schema", "newsletter-issue.schema.json"), (Codes.InvalidUrl, "/$schema"));
        yield return Case("abbreviation-too-long", "An abbreviation of 51 characters.", JsonNodeEdits.Set(issue, "/organisations/0/abbreviation", new string('A', 51)), (Codes.ValueTooLong, "/organisations/0/abbreviation"));
    }

    /// <summary>
    /// Turns the schema keywords a case breaks into the codes the reference validator reports, each fault once: a
    /// code stays as it is, a keyword becomes the code of the fault at its pointer (<see cref="ExpectedCodes"/>).
    /// </summary>
    internal static List<ExpectedError> Expected(JsonNode? document, IEnumerable<ExpectedError> errors)
    {
        // The kind names the schema that applies; the wire names of the kinds are in the order of DocumentKind.
        var kinds = WireContract.Of(typeof(NewsletterIssue)).Find("kind")!.AllowedValues!;
        var named = (document as JsonObject)?["kind"] is JsonValue value && value.TryGetValue<string>(out var name) ? kinds.ToList().IndexOf(name) : -1;
        var kind = named >= 0 ? (DocumentKind)named : DocumentKind.NewsletterIssue;
        var found = new List<ExpectedError>();
        foreach (var error in errors)
        {
            var expected = error.Code.StartsWith("LMEC", StringComparison.Ordinal) ? error
                : error.Code == "uniqueItems" ? new ExpectedError(Codes.DuplicateListItem, JsonPointer.Append(error.Pointer, FirstRepeat(JsonNodeEdits.Find(document, error.Pointer)!.AsArray())))
                : new ExpectedError(ExpectedCodes.For(kind, error.Pointer, error.Code, JsonNodeEdits.Find(document, error.Pointer)), error.Pointer);
            if (!found.Contains(expected))
            {
                found.Add(expected);
            }
        }

        return found;
    }

    private static int FirstRepeat(JsonArray array)
    {
        for (var index = 1; index < array.Count; index++)
        {
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (JsonNode.DeepEquals(array[earlier], array[index]))
                {
                    return index;
                }
            }
        }

        throw new InvalidOperationException("The list holds no repeated item.");
    }

    private static JsonObject Only(JsonNode document, params string[] members)
    {
        var copy = new JsonObject();
        foreach (var member in members)
        {
            copy[member] = document[member]!.DeepClone();
        }

        return copy;
    }

    private static IEnumerable<CorpusCase> Sweeps(SchemaWalker walker)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var document = Base(kind);
            var sites = walker.Walk(document, walker.Root(ContentSchemas.ForDocumentKind(kind))).Where(static site => site.Pointer != "/kind").ToList();
            foreach (var sweep in AllSweeps())
            {
                var targets = sites.SelectMany(sweep.Targets).Where(target => covered.Add(target.ConstraintKey)).ToList();
                var groups = sweep.ByDepth
                    ? targets.GroupBy(static target => target.Pointer.Count(static c => c == '/'))
                    : targets.GroupBy(static _ => 0);
                foreach (var group in groups.OrderBy(static group => group.Key))
                {
                    var changed = document.DeepClone();
                    foreach (var target in group)
                    {
                        JsonNodeEdits.Apply(changed, target.Pointer, target.Value?.DeepClone(), target.Remove);
                    }

                    var name = $"{BaseName(kind)}-sweep-{sweep.Name}" + (sweep.ByDepth ? $"-at-depth-{group.Key}" : string.Empty);
                    var description = sweep.Description + (sweep.ByDepth ? $" (members {group.Key} levels deep)" : string.Empty) + $", in a {BaseName(kind).Replace('-', ' ')} with every member.";
                    yield return new CorpusCase(name + ".json", description, changed, Expected(changed, group.SelectMany(static target => target.Errors)));
                }
            }
        }
    }

    /// <summary>Gets every kind of breakage the sweeps apply.</summary>
    /// <returns>The sweeps.</returns>
    internal static IEnumerable<Sweep> AllSweeps()
    {
        yield return new("wrong-types", "Every value of the wrong JSON type", "type", ByDepth: true, static site =>
            site.Depth > 0 && site.Schema.Text("type") is { } type
                ? [Target(site, site.Pointer, WrongType(type), "type", ["type", .. site.Schema.Has("enum") ? ["enum"] : Array.Empty<string>()])]
                : []);
        yield return new("missing-members", "Every required member missing", "required", ByDepth: true, static site =>
            site.Value is JsonObject obj && site.Schema.Node["required"] is JsonArray required
                ? required.Select(static name => (string)name!).Where(name => obj.ContainsKey(name) && !(site.Depth == 0 && name == "kind"))
                    .Select(name => new SweepTarget(JsonPointer.Append(site.Pointer, name), Remove: true, null, site.Schema.KeywordLocation("required") + "/" + name, [new(Codes.MissingMember, JsonPointer.Append(site.Pointer, name))]))
                : []);
        yield return new("unknown-members", "An unknown member in every object, a key that is no language tag in every multilingual text and no URI in the extensions", "additionalProperties", ByDepth: false, static site =>
            site.Value is JsonObject && site.Schema.Node["additionalProperties"]?.GetValueKind() == System.Text.Json.JsonValueKind.False
                ? [Target(site, JsonPointer.Append(site.Pointer, Unexpected), true, "additionalProperties", [Codes.UnknownMember])]
                : site.Value is JsonObject && site.Schema.Has("propertyNames")
                    ? [Target(site, JsonPointer.Append(site.Pointer, Unexpected), true, "propertyNames", [site.Schema.Node["additionalProperties"] is JsonObject { } values && (string?)values["type"] == "string" ? Codes.InvalidLanguageTag : Codes.UnknownExtension])]
                    : []);
        yield return new("empty-strings", "Every string empty", "minLength", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Has("minLength")
                ? [Target(site, site.Pointer, string.Empty, "minLength", ["minLength", .. Also(site, "pattern", "pattern"), .. Also(site, "format", "format")])]
                : []);
        yield return new("too-long-strings", "Every string one character longer than allowed", "maxLength", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Node["maxLength"] is { } max
                ? [TooLong(site, (int)max)]
                : []);
        yield return new("pattern-mismatches", "Every string of the wrong form", "pattern", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Text("pattern") is { } pattern
                ? [Target(site, site.Pointer, OfWrongForm(pattern), "pattern", ["pattern", .. Also(site, "format", "format")])]
                : []);
        // The pattern of a date or a timestamp says which days exist: a sweep of its own breaks it with a day that does not.
        yield return new("impossible-dates", "Every date and timestamp on 30 February", "pattern", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Text("pattern") is WirePatterns.Date or WirePatterns.PartialDate or WirePatterns.Timestamp
                ? [new SweepTarget(site.Pointer, Remove: false, site.Schema.Text("pattern") == WirePatterns.Timestamp ? "2023-02-30T09:30:00+08:00" : "2023-02-30", site.Schema.KeywordLocation("pattern") + " (30 February)", [new("pattern", site.Pointer)])]
                : []);
        yield return new("numbers-below-minimum", "Every number one below its minimum", "minimum", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Node["minimum"] is { } minimum
                ? [Target(site, site.Pointer, (long)minimum - 1, "minimum", ["minimum"])]
                : []);
        yield return new("numbers-above-maximum", "Every number one above its maximum", "maximum", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Node["maximum"] is { } maximum
                ? [Target(site, site.Pointer, (long)maximum + 1, "maximum", ["minimum"])]
                : []);
        yield return new("repeated-items", "Every list of distinct strings with its first item repeated", "uniqueItems", ByDepth: false, static site =>
            site.Value is JsonArray { Count: > 0 } array && site.Schema.Node["uniqueItems"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
                ? [Target(site, site.Pointer, new JsonArray([.. array.Select(static item => item!.DeepClone()), array[0]!.DeepClone()]), "uniqueItems", ["uniqueItems"])]
                : []);
        yield return new("texts-without-language", "Every multilingual text without any language", "minProperties", ByDepth: false, static site =>
            site.Value is JsonObject && site.Schema.Has("minProperties")
                ? [Target(site, site.Pointer, new JsonObject(), "minProperties", ["minProperties"])]
                : []);
        yield return new("undefined-enum-values", "Every enum value undefined", "enum", ByDepth: false, static site =>
            site.Value is JsonValue && site.Schema.Has("enum")
                ? [Target(site, site.Pointer, "notDefined", "enum", ["enum"])]
                : []);
    }

    private static SweepTarget Target(InstanceSite site, string pointer, JsonNode? value, string keyword, IEnumerable<string> codes) =>
        new(pointer, Remove: false, value, site.Schema.KeywordLocation(keyword), [.. codes.Select(code => new ExpectedError(code, pointer))]);

    private static IEnumerable<string> Also(InstanceSite site, string code, string keyword) => site.Schema.Has(keyword) ? [code] : [];

    private static JsonNode? WrongType(string type) => type switch
    {
        "string" => true,
        "object" => new JsonArray(),
        "array" => new JsonObject(),
        _ => "1",
    };

    private static SweepTarget TooLong(InstanceSite site, int max)
    {
        var pattern = site.Schema.Text("pattern");
        var value = pattern switch
        {
            WirePatterns.LanguageTag => "en" + string.Concat(Enumerable.Repeat("-abcdefgh", (max / 9) + 1)),
            WirePatterns.SchemaVersion => "1." + new string('1', max - 1),
            WirePatterns.Email => new string('a', max) + "@example.org",
            WirePatterns.WebLink => "https://example.org/" + new string('a', max),
            _ when pattern == WirePatterns.CountryCode => new string('A', max + 1),
            WirePatterns.PhoneNumber => "+" + new string('1', max),
            WirePatterns.Date or WirePatterns.PartialDate => "2023-06-250",
            WirePatterns.Time => "09:30:000",
            WirePatterns.UtcOffset => "+07:000",
            WirePatterns.Duration => "PT" + new string('1', max) + "H",
            WirePatterns.Timestamp => "2023-06-25T09:30:00.1234567890+08:00",
            _ => new string('a', max + 1),
        };
        var matches = pattern is null || Regex.IsMatch(value, pattern);
        return Target(site, site.Pointer, value, "maxLength", ["maxLength", .. matches ? [] : Also(site, "pattern", "pattern").Concat(Also(site, "format", "format"))]);
    }

    private static string OfWrongForm(string pattern) => pattern switch
    {
        WirePatterns.NotBlank => " \u3000\t",
        WirePatterns.Identifier => "Not an id",
        WirePatterns.LanguageTag => "english",
        _ when pattern == WirePatterns.CountryCode => "cn",
        WirePatterns.PhoneNumber => "12345",
        WirePatterns.SchemaVersion => "2.0",
        WirePatterns.Date or WirePatterns.PartialDate => "25/06/2023",
        WirePatterns.Time => "9.30 am",
        WirePatterns.UtcOffset => "UTC+7",
        WirePatterns.Duration => "3 hours",
        WirePatterns.Timestamp => "2023-06-25 09:30:00",
        WirePatterns.Email => "nobody",
        WirePatterns.WebLink => "ftp://example.org/",
        _ => throw new InvalidOperationException($"No value of the wrong form is known for the pattern {pattern}."),
    };
}
