namespace Lmec.Content.Model;

/// <summary>How to reach an organisation: postal address, telephone and fax, e-mail, web site and social accounts.</summary>
public sealed record ContactDetails : ContentObject
{
    /// <summary>Gets the postal address.</summary>
    /// <value>The address, or <see langword="null"/> when not given.</value>
    public PostalAddress? PostalAddress { get; init; }

    /// <summary>Gets the telephone numbers.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<PhoneNumber> Telephones { get; init => field = ContentList.From(value); } = ContentList.Empty<PhoneNumber>();

    /// <summary>Gets the fax numbers.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<PhoneNumber> Faxes { get; init => field = ContentList.From(value); } = ContentList.Empty<PhoneNumber>();

    /// <summary>Gets the e-mail addresses.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> Emails { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the web site, an absolute <c>http</c> or <c>https</c> URL, as printed.</summary>
    /// <value>The URL, or <see langword="null"/> when not given.</value>
    public string? Website { get; init; }

    /// <summary>Gets the accounts on social networks and messaging platforms, such as a WeChat ID.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<SocialAccount> SocialAccounts { get; init => field = ContentList.From(value); } = ContentList.Empty<SocialAccount>();
}
