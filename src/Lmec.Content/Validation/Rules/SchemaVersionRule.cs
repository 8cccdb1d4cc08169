using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.UnsupportedSchemaVersion"/>: the document is of version 1 of the wire format, <c>1.</c> and a minor version.</summary>
internal sealed class SchemaVersionRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.UnsupportedSchemaVersion;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        if (!ContentPatterns.IsVersion1(document.SchemaVersion))
        {
            context.ReportBuiltIn("/schemaVersion", Code, ValidationMessages.Display(document.SchemaVersion));
        }
    }
}
