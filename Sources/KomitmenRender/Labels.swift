import KomitmenCore

/// Every heading and label the renderers show, in English and Indonesian.
///
/// The labels are stored properties of one value so a test can list them all by reflection and
/// check that none lacks a language: add a label here, never as a string literal in a renderer.
public struct Labels: Sendable {
    public static let shared = Labels()

    // Headings
    public let complianceSummary = Phrase(en: "Compliance summary", id: "Ringkasan kepatuhan")
    public let filing = Phrase(en: "Filing", id: "Pelaporan")
    public let lateReports = Phrase(en: "Late reports", id: "Laporan terlambat")
    public let missingReports = Phrase(en: "Missing reports", id: "Laporan tidak masuk")
    public let noLateReports = Phrase(en: "No report was late.", id: "Tidak ada laporan yang terlambat.")
    public let noMissingReports = Phrase(en: "No report is missing.", id: "Tidak ada laporan yang belum masuk.")
    public let byStakeholder = Phrase(en: "By stakeholder kind", id: "Menurut jenis pemangku kepentingan")
    public let byGoal = Phrase(en: "By goal", id: "Menurut tujuan")
    public let provinceTotals = Phrase(en: "Province totals", id: "Total provinsi")
    public let signatories = Phrase(en: "Signatories", id: "Para penanda tangan")
    public let filingByQuarter = Phrase(en: "Filing by quarter", id: "Pelaporan per triwulan")
    public let legend = Phrase(en: "Legend", id: "Keterangan")
    public let indicatorStatuses = Phrase(en: "Indicator statuses", id: "Status indikator")

    // Header fields
    public let quarter = Phrase(en: "Quarter", id: "Triwulan")
    public let asOf = Phrase(en: "As of", id: "Per tanggal")
    public let dueDate = Phrase(en: "Reports due", id: "Batas penyerahan laporan")
    public let secretariat = Phrase(en: "Secretariat", id: "Sekretariat")

    // Filing counts
    public let expected = Phrase(en: "Expected", id: "Wajib lapor")
    public let completeness = Phrase(en: "Completeness", id: "Kelengkapan")
    public let timeliness = Phrase(en: "Timeliness", id: "Ketepatan waktu")
    public let completenessHelp = Phrase(
        en: "reports in (on time or late) / expected",
        id: "laporan masuk (tepat waktu atau terlambat) / wajib lapor")
    public let timelinessHelp = Phrase(en: "reports on time / expected", id: "laporan tepat waktu / wajib lapor")

    // Column and field names
    public let signatory = Phrase(en: "Signatory", id: "Penanda tangan")
    public let signatoryID = Phrase(en: "Signatory ID", id: "ID penanda tangan")
    public let signatoryCount = Phrase(en: "Signatories", id: "Jumlah penanda tangan")
    public let stakeholder = Phrase(en: "Stakeholder kind", id: "Jenis pemangku kepentingan")
    public let goal = Phrase(en: "Goal", id: "Tujuan")
    public let region = Phrase(en: "Region", id: "Wilayah")
    public let pledge = Phrase(en: "Pledge", id: "Komitmen")
    public let indicator = Phrase(en: "Indicator", id: "Indikator")
    public let indicatorID = Phrase(en: "Indicator ID", id: "ID indikator")
    public let indicators = Phrase(en: "Indicators", id: "Jumlah indikator")
    public let unit = Phrase(en: "Unit", id: "Satuan")
    public let value = Phrase(en: "Value", id: "Nilai")
    public let target = Phrase(en: "Target", id: "Target")
    public let baseline = Phrase(en: "Baseline", id: "Nilai awal")
    public let progress = Phrase(en: "Progress", id: "Capaian")
    public let expectedProgress = Phrase(en: "Expected by now", id: "Seharusnya saat ini")
    public let status = Phrase(en: "Status", id: "Status")
    public let submitted = Phrase(en: "Submitted", id: "Diserahkan")
    public let daysLate = Phrase(en: "Days late", id: "Hari terlambat")
    public let total = Phrase(en: "Total", id: "Jumlah total")
    public let signatoriesReporting = Phrase(en: "Signatories reporting", id: "Penanda tangan yang melapor")

    // Reviews and history
    public let reviews = Phrase(en: "Reviews", id: "Tinjauan laporan")
    public let review = Phrase(en: "Review", id: "Tinjauan")
    public let reviewComment = Phrase(en: "Review comment", id: "Komentar tinjauan")
    public let changesRequested = Phrase(en: "Changes requested", id: "Perbaikan yang diminta")
    public let noChangesRequested = Phrase(
        en: "No report was sent back for changes.", id: "Tidak ada laporan yang diminta diperbaiki.")
    public let reported = Phrase(en: "Reported", id: "Dilaporkan")
    public let history = Phrase(en: "History", id: "Riwayat")
    public let historyHelp = Phrase(
        en:
            "Each chart shows an indicator quarter by quarter: the value (solid line, dots where reported) against the expected trajectory to the target (dashed).",
        id:
            "Setiap grafik menunjukkan indikator per triwulan: nilainya (garis penuh, titik pada triwulan yang dilaporkan) dibanding lintasan yang seharusnya menuju target (garis putus-putus)."
    )
    public let goalTrend = Phrase(
        en: "Completeness and timeliness by goal", id: "Kelengkapan dan ketepatan waktu menurut tujuan")
    public let goalTrendHelp = Phrase(
        en:
            "Per goal, over the quarters: completeness (solid) and timeliness (dashed) of the signatories pledging towards it.",
        id:
            "Per tujuan, dari triwulan ke triwulan: kelengkapan (garis penuh) dan ketepatan waktu (garis putus-putus) penanda tangan yang berjanji untuk tujuan itu."
    )

    /// "changes requested by Sekretariat on 2026-04-20".
    public func reviewedBy(_ state: ReviewState, by: String?, on: CalendarDate?) -> Phrase {
        guard let by, let on else { return state.label }
        return Phrase(en: "\(state.label.en) by \(by) on \(on)", id: "\(state.label.id) oleh \(by) pada \(on)")
    }

    // Short words
    public let none = Phrase(en: "none", id: "tidak ada")
    public let yes = Phrase(en: "yes", id: "ya")
    public let no = Phrase(en: "no", id: "tidak")
    public let noIndicators = Phrase(en: "No pledged indicators.", id: "Tidak ada indikator yang dijanjikan.")
    public let noSignatories = Phrase(en: "No signatories.", id: "Belum ada penanda tangan.")
    public let noTotals = Phrase(en: "Nothing reported yet.", id: "Belum ada yang dilaporkan.")
    public let expectedMarker = Phrase(en: "expected", id: "seharusnya")
    public let progressBarHelp = Phrase(
        en: "Bars show progress towards each target; the black mark is where the trajectory should be by this quarter.",
        id:
            "Batang menunjukkan capaian menuju target; tanda hitam adalah posisi yang seharusnya dicapai pada triwulan ini."
    )
    public let generatedBy = Phrase(en: "Generated by komitmen", id: "Dibuat dengan komitmen")
    public let aggregationSum = Phrase(en: "sum of quarters", id: "jumlah seluruh triwulan")
    public let aggregationLatest = Phrase(en: "latest quarter", id: "triwulan terakhir")

    /// "12 days late"; "terlambat 12 hari".
    public func daysLate(_ days: Int) -> Phrase {
        Phrase(en: days == 1 ? "1 day late" : "\(days) days late", id: "terlambat \(days) hari")
    }

    /// "3 signatories"; "3 penanda tangan".
    public func signatoryCount(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 signatory" : "\(count) signatories", id: "\(count) penanda tangan")
    }

    /// The label of an aggregation, for the totals.
    public func aggregation(_ aggregation: Aggregation) -> Phrase {
        aggregation == .sum ? aggregationSum : aggregationLatest
    }
}

extension FilingState {
    /// What the state is called: "on time", "tepat waktu".
    public var label: Phrase {
        switch self {
        case .onTime: Phrase(en: "on time", id: "tepat waktu")
        case .late: Phrase(en: "late", id: "terlambat")
        case .missing: Phrase(en: "missing", id: "tidak melapor")
        case .notDue: Phrase(en: "not yet due", id: "belum jatuh tempo")
        case .notExpected: Phrase(en: "not expected", id: "tidak wajib")
        }
    }

    /// One character for grids, readable without colour.
    public var symbol: String {
        switch self {
        case .onTime: "●"
        case .late: "◐"
        case .missing: "✗"
        case .notDue: "…"
        case .notExpected: "·"
        }
    }

    /// The states in the order grids and legends show them.
    public static let displayOrder: [FilingState] = [.onTime, .late, .missing, .notDue, .notExpected]
}

extension IndicatorStatus {
    /// What the status is called: "on track", "sesuai jalur".
    public var label: Phrase {
        switch self {
        case .achieved: Phrase(en: "achieved", id: "tercapai")
        case .onTrack: Phrase(en: "on track", id: "sesuai jalur")
        case .atRisk: Phrase(en: "at risk", id: "berisiko")
        case .offTrack: Phrase(en: "off track", id: "melenceng")
        case .noData: Phrase(en: "no data", id: "tanpa data")
        }
    }
}

extension ReviewState {
    /// What the review state is called: "changes requested", "perlu perbaikan".
    public var label: Phrase {
        switch self {
        case .received: Phrase(en: "received", id: "diterima")
        case .approved: Phrase(en: "approved", id: "disetujui")
        case .changesRequested: Phrase(en: "changes requested", id: "perlu perbaikan")
        }
    }
}
