import Foundation

/// The valid fixture with contacts, for `remind`: 2025-Q4 is due on 2026-01-15; pemkab-belu has
/// not filed it, polda-ntt filed it (2026-01-12) and was asked for changes, pos-kupang filed it
/// (2026-01-05) and has nothing to do.
enum RemindFixture {
    static let belu = """
        contacts:
          - name: Petugas Pelaporan Belu
            email: pelaporan.belu@example.org
            phone: "+6281200000201"
          - name: Staf Umum Belu
            phone: "+6281200000202"
          - name: Liaison Officer Belu
            email: liaison.belu@example.org
            language: en

        """
    static let polda = """
        contacts:
          - name: Reporting Officer Polda
            email: pelaporan.polda@example.org
            language: en

        """
    static let pos = """
        contacts:
          - name: Redaksi Pos Kupang
            email: redaksi.pos@example.org
            phone: "+6281200000203"

        """
    static let review = """
        state: changes-requested
        by: Sekretariat Uji
        on: 2026-01-18
        comment: Angka korban berbeda dengan laporan polres; mohon diperiksa.

        """

    /// A copy of the fixture with the contacts above and polda-ntt's review; `beluName` renames
    /// pemkab-belu (a non-ASCII name makes non-ASCII subjects).
    static func make(beluName: String? = nil) throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        for (id, contacts) in [("pemkab-belu", belu), ("polda-ntt", polda), ("pos-kupang", pos)] {
            var text = try repository.read("signatories/\(id).yaml")
            text = text.replacingOccurrences(of: "\npledges:", with: "\n" + contacts + "pledges:")
            if id == "pemkab-belu", let beluName {
                text = text.replacingOccurrences(of: "name: Pemerintah Kabupaten Belu", with: "name: \"\(beluName)\"")
            }
            try repository.write("signatories/\(id).yaml", text)
        }
        try repository.write("reviews/2025-Q4/polda-ntt.yaml", review)
        return repository
    }
}
