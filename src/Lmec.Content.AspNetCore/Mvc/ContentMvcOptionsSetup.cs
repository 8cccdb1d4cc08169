using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>
/// Puts the content input formatter before the JSON formatter, so that it reads every document parameter, and makes
/// such a parameter bind from the body even where it would be taken from the services.
/// </summary>
internal sealed class ContentMvcOptionsSetup : IConfigureOptions<MvcOptions>
{
    /// <inheritdoc/>
    public void Configure(MvcOptions options)
    {
        options.InputFormatters.Insert(0, new ContentInputFormatter());
        options.Conventions.Add(new ContentParameterConvention());
    }
}
