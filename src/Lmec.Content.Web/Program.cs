using Lmec.Content.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<Checker>("#app");
await builder.Build().RunAsync().ConfigureAwait(false);
