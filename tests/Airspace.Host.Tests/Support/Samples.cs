namespace Airspace.Host.Tests.Support;

/// <summary>The bundled samples as copied beside the tests (the repository's samples/ folder).</summary>
public static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string SeedArticle => Path.Combine(Folder, "airspace", "2023-09-15-kim-jong-un-knaaz.txt");

    public const string SeedTitleStart = "Pemimpin Korea Utara Kim Jong Un";

    /// <summary>A samples folder with only the Airspace article (fast seeding; no archive).</summary>
    public static string AirspaceOnly(TempDirectory temp)
    {
        var folder = temp.Combine("samples");
        Directory.CreateDirectory(Path.Combine(folder, "airspace"));
        File.Copy(SeedArticle, Path.Combine(folder, "airspace", Path.GetFileName(SeedArticle)));
        return folder;
    }
}
