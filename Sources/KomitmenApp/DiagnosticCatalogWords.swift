import KomitmenCore

/// The fixed text of `docs/diagnostics.md`.
enum DiagnosticCatalogWords {
    static let introduction = Phrase(
        en:
            "Every diagnostic komitmen reports has a stable `code`, given as `\"code\"` in `komitmen validate --format json` and in the server's answers, so programs never match the wording of a message. A code never changes once published; its message may be reworded. The severity shown is the one a code is normally reported with; the diagnostic's own `severity` is what counts.",
        id:
            "Setiap diagnostik yang dilaporkan komitmen memiliki `code` yang tetap, ditulis sebagai `\"code\"` di `komitmen validate --format json` dan di jawaban server, sehingga program tidak perlu mencocokkan kata-kata pesan. Kode tidak pernah berubah setelah diterbitkan; pesannya boleh diubah. Tingkat yang ditampilkan adalah yang biasa dipakai kode itu; yang berlaku adalah `severity` diagnostik itu sendiri."
    )
    static let positionsTitle = Phrase(en: "Positions", id: "Posisi")
    static let positions = [
        Phrase(en: "Lines and columns are 1-based.", id: "Baris dan kolom dihitung mulai dari 1."),
        Phrase(
            en:
                "Columns count Unicode scalars, as libyaml does: a flag emoji is two columns, an `e` with a combining accent two.",
            id:
                "Kolom menghitung skalar Unicode, seperti libyaml: emoji bendera dihitung dua kolom, `e` dengan aksen gabungan dua."
        ),
        Phrase(
            en:
                "In the text output the caret under the source line is placed by terminal width, so it stands under the character meant.",
            id:
                "Di keluaran teks, tanda ^ di bawah baris sumber ditempatkan menurut lebar di terminal, sehingga tepat di bawah karakter yang dimaksud."
        ),
        Phrase(
            en:
                "A problem with a whole file or folder (a link, an empty file, a missing declaration) is reported at `1:1`.",
            id:
                "Masalah pada seluruh berkas atau folder (tautan, berkas kosong, deklarasi yang tidak ada) dilaporkan di `1:1`."
        ),
    ]
    static let codesTitle = Phrase(en: "Codes", id: "Kode")
}
