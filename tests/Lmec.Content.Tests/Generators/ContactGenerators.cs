using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates contact details as a newsletter prints them: addresses, E.164 numbers with their printed form, e-mails, web sites and social accounts.</summary>
internal static class ContactGenerators
{
    /// <summary>Gets a telephone or fax number, such as <c>+861082268242</c> printed <c>+86-10-82268242</c>.</summary>
    public static Gen<PhoneNumber> PhoneNumber { get; } =
        from country in Gen.Elements("86", "855", "856", "95", "66", "84")
        from area in TextGenerators.Digits(2)
        from local in TextGenerators.Digits(8)
        from printed in Gen.Elements<string?>(null, $"+{country}-{area}-{local}", $"+{country} {area} {local}", $"(+{country}) {area}-{local}/8221")
        select new PhoneNumber { Number = $"+{country}{area}{local}", Printed = printed };

    /// <summary>Gets an account on a social network, such as the WeChat ID <c>lancang-mekongec</c>.</summary>
    public static Gen<SocialAccount> SocialAccount { get; } =
        from platform in Gen.Elements(Enum.GetValues<SocialPlatform>())
        from handle in TextGenerators.Slug
        from url in TextGenerators.Url.Optional()
        select new SocialAccount { Platform = platform, Handle = handle, Url = url };

    /// <summary>Generates contact details with each part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<ContactDetails> ContactDetails(DocumentContext context) =>
        from address in PostalAddress(context).Optional()
        from telephones in PhoneNumber.Many(3)
        from faxes in PhoneNumber.Many(2)
        from emails in TextGenerators.Email.Many(3)
        from website in TextGenerators.Url.Optional()
        from accounts in SocialAccount.Many(3)
        select new ContactDetails
        {
            PostalAddress = address,
            Telephones = telephones,
            Faxes = faxes,
            Emails = emails,
            Website = website,
            SocialAccounts = accounts,
        };

    /// <summary>Generates a postal address such as <c>No. 5 Houyingfang Hutong, Xicheng District, Beijing 100035</c>.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<PostalAddress> PostalAddress(DocumentContext context) =>
        from street in context.Text.Optional()
        from district in context.Text.Optional()
        from locality in context.Text.Optional()
        from region in context.Text.Optional()
        from postalCode in TextGenerators.Digits(6).Optional()
        from country in TextGenerators.CountryCode
        select new PostalAddress
        {
            StreetAddress = street,
            District = district,
            Locality = locality,
            Region = region,
            PostalCode = postalCode,
            CountryCode = country,
        };

    /// <summary>Generates a "Contact us" block naming declared organisations.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<ContactPoint> ContactPoint(DocumentContext context) =>
        from organisationIds in context.OrganisationId.Many(2)
        from details in ContactDetails(context)
        select new ContactPoint { OrganisationIds = organisationIds, Details = details };
}
