namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>
/// Ordinary sentences of the Mekong languages, written for these tests (none is copied from anywhere), about rivers,
/// the environment and cooperation, with the word breaks their writers' software puts in: U+200B between words in
/// Khmer, Lao, Burmese and Thai, which write no spaces between words.
/// </summary>
internal static class RegionalSamples
{
    private const string Zwsp = "\u200B";

    /// <summary>Gets sentences with U+200B word breaks, each with its language tag.</summary>
    public static TheoryData<string, string> WithWordBreaks() => new()
    {
        // The Mekong River is an important source of water for the people of the region.
        { "th", string.Join(Zwsp, "แม่น้ำโขง", "เป็น", "แหล่ง", "น้ำ", "สำคัญ", "ของ", "ประชาชน", "ใน", "ภูมิภาค") },

        // Cooperation on the environment helps to protect forests and wildlife, since 2566 (a year, after a space).
        { "th", string.Join(Zwsp, "ความ", "ร่วมมือ", "ด้าน", "สิ่งแวดล้อม", "ช่วย", "ปกป้อง", "ป่าไม้", "และ", "สัตว์ป่า") + Zwsp + " ตั้งแต่" + Zwsp + "ปี 2566" },

        // The Mekong River is an important source of water; cooperation on the environment.
        { "lo", string.Join(Zwsp, "ແມ່ນ້ຳຂອງ", "ແມ່ນ", "ແຫຼ່ງນ້ຳ", "ທີ່", "ສຳຄັນ") + ", " + string.Join(Zwsp, "ການ", "ຮ່ວມມື", "ດ້ານ", "ສິ່ງແວດລ້ອມ") + "." },

        // The Mekong River is an important source of water for the people; environmental cooperation.
        { "km", string.Join(Zwsp, "ទន្លេមេគង្គ", "ជា", "ប្រភព", "ទឹក", "ដ៏", "សំខាន់", "សម្រាប់", "ប្រជាជន") + "។ " + string.Join(Zwsp, "កិច្ចសហប្រតិបត្តិការ", "បរិស្ថាន") },

        // Rivers and forests must be protected together.
        { "my", string.Join(Zwsp, "မြစ်", "များ", "နှင့်", "သစ်တော", "များ", "ကို", "အတူတကွ", "ကာကွယ်", "ရမည်") + "။" },

        // The Irrawaddy is the longest river of Myanmar (a word break before the sentence mark), then a year in Myanmar digits.
        { "my", string.Join(Zwsp, "ဧရာဝတီ", "မြစ်", "သည်", "မြန်မာ", "နိုင်ငံ", "၏", "အရှည်ဆုံး", "မြစ်", "ဖြစ်", "သည်") + Zwsp + "။ ၂၀၂၃" },
    };

    /// <summary>Gets texts with joiners where their scripts use them, each with its language tag.</summary>
    public static TheoryData<string, string> WithJoiners() => new()
    {
        // Hindi "environment" with a ZWJ after the virama (half form), Persian "sustainable" with a ZWNJ.
        { "hi", "पर्यावरण्\u200Dसंरक्षण" },
        { "fa", "می\u200Cشود" },

        // Sinhala "Sri Lanka" with the ZWJ of a yansaya.
        { "si", "ශ්\u200Dරී ලංකාව" },

        // A farmer and a rainbow flag, emoji joined by ZWJ.
        { "en", "Farmers 👩\u200D🌾 and 🏳\uFE0F\u200D🌈 flags" },
    };
}
