using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// The base of every object of the content model. It keeps the members a lenient reader did not
/// recognise, so that a document written by a newer minor version survives a read-write round trip.
/// </summary>
public abstract record ContentObject
{
    // The serializer needs a mutable dictionary to fill; callers only ever see it through a read-only
    // view, which a cast cannot turn back into the dictionary. Copies made with `with` share both, which
    // is safe because nothing changes the dictionary once the object is read.
    private Dictionary<string, JsonElement>? _extensionData;
    private ReadOnlyDictionary<string, JsonElement>? _unknownMembers;

    /// <summary>
    /// Gets the members of this object that the model does not define, in the order they were read.
    /// </summary>
    /// <value>
    /// Empty unless the object was read in <see cref="Serialization.ContentReadMode.Lenient"/> mode from
    /// JSON that carried unknown members. Strict reading rejects unknown members instead. The view is
    /// read-only: the members are part of the object's value and cannot be changed.
    /// </value>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> UnknownMembers => _unknownMembers ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>Gets or sets the storage the serializer fills with unknown members.</summary>
    [JsonExtensionData]
    [JsonInclude]
    [JsonPropertyOrder(int.MaxValue)]
    internal Dictionary<string, JsonElement>? ExtensionData
    {
        get => _extensionData;
        set
        {
            _extensionData = value;
            _unknownMembers = value is null ? null : new(value);
        }
    }

    /// <summary>
    /// Compares two objects by content: unknown members compare by their JSON values.
    /// </summary>
    /// <param name="other">The object to compare with; <see langword="null"/> is never equal.</param>
    /// <returns><see langword="true"/> when both objects hold the same content.</returns>
    public virtual bool Equals(ContentObject? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || EqualityContract != other.EqualityContract)
        {
            return false;
        }

        var mine = UnknownMembers;
        var theirs = other.UnknownMembers;
        if (mine.Count != theirs.Count)
        {
            return false;
        }

        foreach (var (name, value) in mine)
        {
            if (!theirs.TryGetValue(name, out var otherValue) || !JsonElement.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash code consistent with <see cref="Equals(ContentObject?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, UnknownMembers.Count);
}
