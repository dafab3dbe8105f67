import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// `Workspace.checkReport` (the server's check of an uploaded body) reads only the named
/// signatory from the repository when it is known: the diagnostics are still exactly those
/// `validate` gives the same text saved as that file (a report naming another signatory, one
/// naming an unknown signatory with its hint, one with no signatory, a clean one).
@Suite struct CheckReportContextTests {
    static let values = "values: {complaints_received: 16, complaints_resolved: 9, budget_allocated_idr: 635000000}\n"
    static let bodies: [(String, String)] = [
        ("clean", "signatory: dprd-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\n" + values),
        ("another known signatory", "signatory: polda-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\nvalues: {}\n"),
        ("a report of nothing", "signatory: dprd-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\nvalues: {}\n"),
        ("a blank", "signatory: dprd-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\nvalues: {complaints_received: 3}\n"),
        ("unknown signatory", "signatory: dprd-nt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\nvalues: {}\n"),
        ("no signatory", "period: 2026-Q3\nsubmitted: 2026-10-10\nvalues: {}\n"),
        ("signatory not a scalar", "signatory: [dprd-ntt]\nperiod: 2026-Q3\nsubmitted: 2026-10-10\n"),
    ]

    @Test(arguments: bodies.indices)
    func diagnosticsAreThoseOfValidate(_ index: Int) throws {
        let (name, body) = Self.bodies[index]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = folder.appendingPathComponent("commitments")
        try FileManager.default.copyItem(
            at: ScratchRepository.packageRoot.appendingPathComponent("commitments"), to: root)
        let options = LoadOptions(
            root: root.path, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!))
        let checked = Workspace.load(options).checkReport(
            bytes: Array(body.utf8), quarter: Quarter("2026-Q3")!, signatory: "dprd-ntt")

        try Data(body.utf8).write(to: root.appendingPathComponent("reports/2026-Q3/dprd-ntt.yaml"))
        let validated = Workspace.load(options).validate().diagnostics.filter {
            $0.file.hasSuffix("reports/2026-Q3/dprd-ntt.yaml")
        }
        func shown(_ list: [Diagnostic]) -> [String] {
            list.map { "\($0.mark.line):\($0.mark.column) \($0.code.code) \($0.message.en) \($0.hint?.en ?? "")" }
        }
        #expect(shown(checked.diagnostics) == shown(validated), "\(name)")
        switch name {
        case "clean": #expect(checked.diagnostics.isEmpty)
        case "another known signatory":
            #expect(checked.diagnostics.map(\.code.code) == ["file-name-mismatch"])
        case "a report of nothing": #expect(checked.diagnostics.map(\.code.code) == ["empty-report"])
        case "a blank": #expect(checked.diagnostics.map(\.code.code) == ["not-reported", "not-reported"])
        case "unknown signatory":
            let unknown = checked.diagnostics.first { $0.code.code == "unknown-signatory" }
            #expect(unknown?.hint?.en == "did you mean 'dprd-ntt'?")
        default: #expect(checked.hasErrors)
        }
    }
}
