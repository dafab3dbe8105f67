import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// `Workspace.openReminders`, the secretariat's chase list: every quarter with something open,
/// newest first, each exactly what `reminders(quarter:)` plans for it; a later quarter enters
/// when a report filed early was sent back; a signatory that filed gets nothing.
@Suite struct OpenRemindersTests {
    static let today = CalendarDate("2026-11-20")!
    static let base = "https://lapor.example.org/"

    /// polda-ntt's 2026-Q4 report, filed early (before its due date, 2027-01-15).
    static let earlyReport = """
        signatory: polda-ntt
        period: 2026-Q4
        submitted: 2026-11-10
        values:
          tppo_cases_investigated: 5

        """
    static let sentBack = """
        state: changes-requested
        by: Sekretariat Uji
        on: 2026-11-15
        comment: Mohon lengkapi data korban.

        """

    /// A copy of the shipped repository, with polda-ntt's 2026-Q4 report sent back when `sendBack`.
    static func workspace(sendBack: Bool, _ body: (Workspace) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-open-reminders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = folder.appendingPathComponent("commitments")
        try FileManager.default.copyItem(
            at: ScratchRepository.packageRoot.appendingPathComponent("commitments"), to: root)
        if sendBack {
            for folder in ["reports/2026-Q4", "reviews/2026-Q4"] {
                try FileManager.default.createDirectory(
                    at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try Data(earlyReport.utf8).write(to: root.appendingPathComponent("reports/2026-Q4/polda-ntt.yaml"))
            try Data(sentBack.utf8).write(to: root.appendingPathComponent("reviews/2026-Q4/polda-ntt.yaml"))
        }
        let workspace = Workspace.load(LoadOptions(root: root.path, registry: compiledInPlugins, today: .fixed(today)))
        #expect(!workspace.validate().hasErrors, "\(workspace.validate().diagnostics.map(\.message))")
        try body(workspace)
    }

    @Test func everyQuarterWithSomethingOpenNewestFirstEachAsRemindPlansIt() throws {
        try Self.workspace(sendBack: true) { workspace in
            let plans = try workspace.openReminders(asOf: Self.today, baseURL: Self.base).get()
            let quarters = plans.map(\.quarter)
            #expect(quarters.first == Quarter("2026-Q4"), "the early report sent back: \(quarters)")
            #expect(quarters.contains(Quarter("2026-Q3")!) && quarters.contains(Quarter("2025-Q3")!), "\(quarters)")
            #expect(quarters == quarters.sorted(by: >), "newest first, each once")
            // Each quarter's plan is what `remind --quarter Q` plans; a quarter with nothing open is left out.
            var quarter = Quarter("2026-Q4")!
            while quarter >= Quarter("2025-Q3")! {
                let alone = try workspace.reminders(quarter: quarter, asOf: Self.today, baseURL: Self.base).get()
                let open = plans.first { $0.quarter == quarter }
                let empty = alone.reminders.isEmpty && alone.withoutContacts.isEmpty
                #expect(open == nil ? empty : open?.reminders == alone.reminders, "\(quarter)")
                quarter = quarter.previous
            }
        }
    }

    @Test func theOverdueTheSentBackAndTheEarlySentBackButNeverTheFiled() throws {
        try Self.workspace(sendBack: true) { workspace in
            let plans = try workspace.openReminders(asOf: Self.today, baseURL: Self.base).get()
            let q4 = try #require(plans.first { $0.quarter == Quarter("2026-Q4") })
            #expect(Set(q4.reminders.map(\.signatoryID)) == ["polda-ntt"])
            #expect(q4.reminders.allSatisfy { $0.reason.code == "changes-requested" })
            #expect(q4.reminders.first?.link == "https://lapor.example.org/reports/2026-Q4/polda-ntt")
            let q3 = try #require(plans.first { $0.quarter == Quarter("2026-Q3") })
            let dprd = try #require(q3.reminders.first { $0.signatoryID == "dprd-ntt" })
            #expect(dprd.reason == .overdue(days: 36))
            #expect(dprd.body.contains("Formulir: https://lapor.example.org/reports/2026-Q3/dprd-ntt\n"))
            #expect(q3.reminders.contains { $0.signatoryID == "pemkab-belu" && $0.reason.code == "changes-requested" })
            // Filed (and approved, or not reviewed): nothing, in any quarter.
            let reminded = Set(plans.flatMap { plan in plan.reminders.map { "\(plan.quarter)/\($0.signatoryID)" } })
            for filed in ["2026-Q3/polda-ntt", "2026-Q3/bp3mi-ntt", "2026-Q2/dprd-ntt", "2025-Q4/polda-ntt"] {
                #expect(!reminded.contains(filed), "\(filed)")
            }
            for plan in plans {
                for reminder in plan.reminders where reminder.reason.code != "changes-requested" {
                    let present = workspace.repository.reports.contains {
                        $0.period == plan.quarter && $0.signatory == reminder.signatoryID
                    }
                    #expect(!present, "\(plan.quarter) \(reminder.signatoryID) filed but chased")
                }
            }
        }
    }

    @Test func withoutTheLateChangeRequestTheLatestIsTheQuarterRemindChooses() throws {
        try Self.workspace(sendBack: false) { workspace in
            let plans = try workspace.openReminders(asOf: Self.today).get()
            #expect(plans.first?.quarter == Quarter("2026-Q3"))
            #expect(try workspace.reminderQuarter(asOf: Self.today, daysBefore: 7).get() == Quarter("2026-Q3"))
            // Without a base URL a reminder names the report, never a file path.
            for reminder in plans.flatMap(\.reminders) {
                #expect(reminder.link == nil)
                #expect(!reminder.body.contains("reports/") && !reminder.body.contains(".yaml"), "\(reminder.body)")
            }
            let dprd = try #require(plans.first?.reminders.first { $0.signatoryID == "dprd-ntt" })
            #expect(dprd.body.contains("\nLaporan: 2026-Q3 "), "\(dprd.body)")
            #expect(dprd.body.contains("(penanda tangan dprd-ntt).\n"), "\(dprd.body)")
        }
    }

    @Test func beforeAnythingIsDueThereIsNothingToChase() throws {
        try Self.workspace(sendBack: false) { workspace in
            let early = workspace.openReminders(asOf: CalendarDate("2025-09-01")!)
            guard case .failure(.nothingDue(let first, let due)) = early else {
                Issue.record("\(early)")
                return
            }
            #expect(first == Quarter("2025-Q3") && "\(due)" == "2025-10-15")
        }
    }
}
