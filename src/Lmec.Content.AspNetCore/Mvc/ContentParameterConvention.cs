using Lmec.Content.AspNetCore.Reading;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>
/// Binds an action's document parameter that names no source from the body. The document types are request services
/// (that is how minimal-API handlers get them), so <c>[ApiController]</c> would otherwise infer <c>[FromServices]</c>;
/// and without <c>[ApiController]</c> a complex type would bind from the form and query.
/// </summary>
internal sealed class ContentParameterConvention : IApplicationModelConvention
{
    /// <inheritdoc/>
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var parameter in application.Controllers.SelectMany(static controller => controller.Actions).SelectMany(static action => action.Parameters))
        {
            var type = parameter.ParameterType;
            if (ContentParameter.Of(type) is null
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ContentLines<>))
                || parameter.Attributes.OfType<IBindingSourceMetadata>().Any())
            {
                continue;
            }

            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = BindingSource.Body;
        }
    }
}
