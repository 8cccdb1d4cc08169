using Lmec.Content.Model;

namespace Lmec.Content.Interop.SchemaOrg;

/// <summary>
/// The schema.org term of an event's modality: both exports name it so, JSON-LD as the value of
/// <c>eventAttendanceMode</c>, ninjs as the <c>uri</c> of a subject of the event.
/// </summary>
internal static class AttendanceModes
{
    /// <summary>Gets the URL of the <c>EventAttendanceModeEnumeration</c> member of a modality.</summary>
    /// <param name="modality">The modality.</param>
    /// <returns>The URL, such as <c>https://schema.org/MixedEventAttendanceMode</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The modality is not one the model defines.</exception>
    public static string Uri(EventModality modality) => SchemaOrgJsonLd.Context + "/" + modality switch
    {
        EventModality.Offline => "OfflineEventAttendanceMode",
        EventModality.Online => "OnlineEventAttendanceMode",
        EventModality.Hybrid => "MixedEventAttendanceMode",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "The modality is not one the model defines."),
    };
}
