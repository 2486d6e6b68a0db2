using System.Collections.Frozen;

namespace Airspace.Core.Text;

/// <summary>
/// Function words of Indonesian and English. The two lists are disjoint so that they double as language markers.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> Indonesian = FrozenSet.ToFrozenSet(
    [
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "pada", "tidak", "akan", "ke", "dalam",
        "adalah", "juga", "karena", "oleh", "sudah", "telah", "bisa", "dapat", "ada", "atau", "saat", "bahwa",
        "mereka", "kami", "kita", "saya", "anda", "para", "secara", "lebih", "tersebut", "sebagai", "menjadi",
        "namun", "tetapi", "tapi", "hingga", "sampai", "serta", "dia", "ia", "beliau", "belum", "masih", "harus",
        "agar", "supaya", "seperti", "tak", "bagi", "lagi", "sejak", "setelah", "sebelum", "ketika", "jika",
        "kalau", "maka", "pun", "hanya", "sangat", "sedang", "baru", "lalu", "kemudian", "antara", "tentang",
        "terhadap", "melalui", "yaitu", "yakni", "sebuah", "suatu", "seorang", "salah", "satu", "semua", "setiap",
        "banyak", "beberapa", "sendiri", "sama", "apa", "siapa", "mana", "bagaimana", "mengapa", "kapan",
        "nya", "lah", "kah", "pula", "bahkan", "selama", "sementara", "sehingga", "apabila", "walaupun", "meski",
        "meskipun", "justru", "hal", "kata", "katanya", "ujar", "ujarnya", "ucap", "ucapnya", "tutur",
        "tuturnya", "jelasnya", "tegasnya", "imbuhnya", "tambahnya", "lanjutnya", "pungkasnya", "menurut",
        "mengatakan", "menyatakan", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "hari",
        "tahun", "bulan", "kali", "sekitar", "sebanyak", "kepada", "bersama", "tanpa", "atas", "bawah",
    ]);

    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "are", "it", "be",
        "at", "from", "this", "has", "have", "had", "not", "but", "were", "which", "an", "or", "will", "their",
        "its", "his", "her", "they", "he", "she", "we", "you", "been", "who", "would", "could", "should", "said",
        "says", "after", "about", "also", "more", "than", "into", "over", "there", "when", "what", "where", "while",
        "all", "can", "if", "so", "out", "up", "our", "one", "new", "some", "them", "these", "those",
        "such", "only", "other", "any", "most", "very", "just", "being", "did", "does", "do", "how", "why",
        "told", "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "year", "years", "a",
    ]);

    public static bool Contains(string lowercaseWord) =>
        Indonesian.Contains(lowercaseWord) || English.Contains(lowercaseWord);
}
