import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// Issue 23: the template the server hands out tells a clerk to upload it on the report page (a
/// clerk has no `komitmen`) and that the server writes `submitted:`; `new-report`'s keeps telling
/// its user to run `komitmen validate` and to write the date. Both in both languages.
@Suite struct ReportTemplateAudienceTests {
    static func draft(_ audience: ReportTemplate.Audience) throws -> String {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        let workspace = Workspace.load(
            LoadOptions(root: repository.root, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-02-01")!)))
        return try workspace.reportDraft(signatory: "polda-ntt", quarter: Quarter("2026-Q1")!, for: audience).get().text
    }

    @Test func theServedTemplateSaysToUploadItAndThatTheServerWritesTheDate() throws {
        let served = try Self.draft(.served)
        #expect(!served.contains("komitmen validate"))
        #expect(
            served.contains(
                "# Isi setiap bagian kosong setelah titik dua, lalu unggah berkas ini di halaman laporan\n"
                    + "# Fill in every blank after a colon, then upload this file on the report page\n"))
        #expect(
            served.contains(
                "# Biarkan kosong: server menuliskan tanggal laporan diterima; batas waktunya 2026-04-15\n"
                    + "# Leave this blank: the server writes the date it receives the report; it is due on 2026-04-15\n"
                    + "submitted:\n"))
    }

    @Test func theCommandLineTemplateKeepsItsValidateWording() throws {
        let local = try Self.draft(.commandLine)
        #expect(
            local.contains(
                "# Isi setiap bagian kosong setelah titik dua, lalu jalankan: komitmen validate\n"
                    + "# Fill in every blank after a colon, then run: komitmen validate\n"))
        #expect(
            local.contains(
                "# Tanggal laporan ini diserahkan (TTTT-BB-HH); batas waktunya 2026-04-15\n"
                    + "# The date you submit this report (YYYY-MM-DD); it is due on 2026-04-15\n"
                    + "submitted:\n"))
        #expect(!local.contains("unggah") && !local.contains("upload"))
    }

    @Test func theTwoDifferOnlyInThoseTwoComments() throws {
        let served = try Self.draft(.served).split(separator: "\n", omittingEmptySubsequences: false)
        let local = try Self.draft(.commandLine).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(served.count == local.count)
        let differing = zip(served, local).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        // Lines 3–4 (what to do with it) and 7–8 (the date), both languages.
        #expect(differing == [2, 3, 6, 7])
    }
}
