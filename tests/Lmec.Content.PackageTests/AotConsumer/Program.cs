// Reads a newsletter issue, validates it through the services AddLmecContent registers, and exports it
// to schema.org JSON-LD: exit code 0 and a summary when it is valid, 1 and its errors when it is not.
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AotConsumer <newsletter-issue.json>");
    return 2;
}

using var services = new ServiceCollection().AddLmecContent().BuildServiceProvider();
var validator = services.GetRequiredService<ContentValidator>();
var result = validator.Read<NewsletterIssue>(File.ReadAllBytes(args[0]));
if (!result.IsValid)
{
    foreach (var error in result.Report.Errors)
    {
        Console.WriteLine(error);
    }

    return 1;
}

var issue = result.GetValidDocument();
var roundTripped = ContentJson.Deserialize<NewsletterIssue>(ContentJson.Serialize(issue));
var jsonLd = SchemaOrgJsonLd.Export(issue);
Console.WriteLine($"valid: {issue.Articles.Count} articles, round trip {(roundTripped == issue ? "equal" : "different")}, JSON-LD {jsonLd.Length} characters");
return 0;
