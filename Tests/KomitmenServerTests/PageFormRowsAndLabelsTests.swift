import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// The report form speaks the plugin's labels, not its YAML keys (the values posted stay the
/// keys), and a row comes out again without script.
@Suite struct PageFormRowsAndLabelsTests {
    @Test func theFormShowsLabelsInIndonesianAndPostsTheYAMLValues() async throws {
        try await PageRoutesTests.withPages { _, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let form = try await browser.get("/reports/2026-Q4/polda-ntt")
            #expect(form.text.contains("<html lang=\"id\">"))
            #expect(form.text.contains("<legend>Perkara</legend>"))
            #expect(form.text.contains("<label for=\"f-s-cases-0-stage\">Tahap</label>"))
            #expect(form.text.contains(">Tersangka</label>") && form.text.contains(">Korban</label>"))
            #expect(form.text.contains(">Tujuan <small>"))
            #expect(form.text.contains("<option value=\"investigation\">Penyidikan</option>"))
            #expect(form.text.contains("<option value=\"report\">Laporan</option>"))
            // The YAML value is the option's value, never its visible text.
            #expect(!form.text.contains(">investigation<") && !form.text.contains(">cases</legend>"))
            #expect(form.text.contains("isi Perkara di bawah"))
            let english = try await browser.get("/reports/2026-Q4/polda-ntt?lang=en")
            #expect(english.text.contains("<legend>Cases</legend>"))
            #expect(english.text.contains("<option value=\"investigation\">Investigation</option>"))
        }
    }

    @Test func removingARowKeepsTheOthersAndFilesNothing() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let two =
                PageFormTests.fields(csrf, replacing: ["rows.cases": "2"], action: "remove:cases:0")
                + [
                    ("s.cases.1.ref", "LP/B/501/VIII/2026"), ("s.cases.1.stage", "verdict"),
                    ("s.cases.1.suspects", "1"), ("s.cases.1.victims", "4"),
                ]
            let removed = try await browser.post("/reports/2026-Q4/polda-ntt", two)
            #expect(removed.status == .ok)
            // The second row moved up; the first is gone; one row is left, with its own button.
            #expect(removed.text.contains("value=\"LP/B/501/VIII/2026\""))
            #expect(!removed.text.contains("LP/B/500/VIII/2026/SPKT/POLDA NTT"))
            #expect(removed.text.contains("name=\"rows.cases\" value=\"1\""))
            #expect(!removed.text.contains("name=\"s.cases.1.ref\""))
            #expect(removed.text.contains("<option value=\"verdict\" selected>Putusan</option>"))
            #expect(removed.text.contains("value=\"remove:cases:0\""))
            #expect(removed.text.contains(">Hapus baris #1</button>"))
            #expect(!removed.text.contains("value=\"remove:cases:1\""))
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil, "removing a row files nothing")

            // A removal naming no row (or no section) shows the form again as it was.
            for action in ["remove:cases:7", "remove:cases:x", "remove:nothing:0", "remove:"] {
                let same = try await browser.post(
                    "/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf, action: action))
                #expect(same.status == .ok, "\(action)")
                #expect(same.text.contains("value=\"LP/B/500/VIII/2026/SPKT/POLDA NTT\""), "\(action)")
                #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil, "\(action)")
            }
        }
    }
}
