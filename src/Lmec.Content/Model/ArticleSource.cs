namespace Lmec.Content.Model;

/// <summary>
/// Where an article comes from, when it was first published elsewhere: its publisher, the news agency that wrote
/// it, its original address, its dateline and its date as printed.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "publisherName": { "th": "กรมป่าไม้", "en": "Royal Forest Department" },
///   "agencyName": { "lo": "ຂປລ", "en": "KPL" },
///   "url": "https://kpl.gov.la/En/Detail.aspx?id=78901",
///   "dateline": { "en": "VIENTIANE, 5 Dec (KPL) –" },
///   "datePrinted": { "th": "5 ธ.ค. 2566" }
/// }
/// </code>
/// </example>
public sealed record ArticleSource : ContentObject
{
    /// <summary>Gets the id of the organisation that first published the article.</summary>
    /// <value>The id, or <see langword="null"/> when the publisher is not declared or not known.</value>
    public string? PublisherId { get; init; }

    /// <summary>Gets the name of the publisher as printed, when the document does not declare it as an organisation.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public LocalizedText? PublisherName { get; init; }

    /// <summary>Gets the name of the news agency the article comes from, such as <c>KPL</c> or <c>Xinhua</c>.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public LocalizedText? AgencyName { get; init; }

    /// <summary>Gets the address where the article was first published.</summary>
    /// <value>An absolute <c>http</c> or <c>https</c> URL, or <see langword="null"/>.</value>
    public string? Url { get; init; }

    /// <summary>Gets the dateline as printed, such as <c>VIENTIANE, 5 Dec (KPL) –</c>.</summary>
    /// <value>The dateline, or <see langword="null"/>.</value>
    public LocalizedText? Dateline { get; init; }

    /// <summary>
    /// Gets the article's date as printed where the source prints it in another calendar, such as the Thai Buddhist
    /// Era <c>5 ธ.ค. 2566</c>. The dates of the model are Gregorian: this keeps the printed form beside them.
    /// </summary>
    /// <value>The date as printed, or <see langword="null"/>.</value>
    public LocalizedText? DatePrinted { get; init; }
}
