namespace Airspace.Testing;

/// <summary>Article files the end-to-end tests drop into the inbox.</summary>
public static class SampleMarkdown
{
    public const string F16ViperTitle = "Indonesia menerima F-16 Viper pertama";

    public const string F16Viper = """
        ---
        title: Indonesia menerima F-16 Viper pertama
        url: https://example.com/2024/01/02/f16-viper/
        date: 2024-01-02T08:00:00+07:00
        author: Redaksi
        categories: [Berita, TNI AU]
        ---
        TNI Angkatan Udara menerima pesawat tempur F-16 Viper pertama di Lanud Iswahjudi, Madiun. Pesawat itu diterbangkan langsung dari Amerika Serikat.

        Kepala Staf TNI AU mengatakan kedatangan pesawat ini memperkuat pertahanan udara nasional. Pesawat tersebut akan bergabung dengan Skadron Udara 3.
        """;
}
