namespace Lmec.Content.Model;

/// <summary>
/// A telephone or fax number in E.164 form, with the form it was printed in: one printed line such as
/// <c>+86-10-82268242/8221</c> may stand for two numbers, each keeping that printed form.
/// </summary>
public sealed record PhoneNumber : ContentObject
{
    /// <summary>Gets the number in E.164 form: <c>+</c>, country code and number, up to 15 digits, such as <c>+861082268242</c>.</summary>
    public required string Number { get; init; }

    /// <summary>Gets the number as it was printed.</summary>
    /// <value>The printed form, or <see langword="null"/> when it is the E.164 form.</value>
    public string? Printed { get; init; }
}
