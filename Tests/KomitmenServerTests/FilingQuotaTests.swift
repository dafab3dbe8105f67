import Foundation
import KomitmenCore
import Testing

@testable import KomitmenState

/// Issue 21, item 5: an account's quota, checked in the transaction that would store the filing.
@Suite struct FilingQuotaTests {
    static let quarter = Quarter("2026-Q4")!
    /// 2026-11-20T00:00:00Z, and the day around it.
    static let now = Date(timeIntervalSince1970: 1_795_132_800)
    static let day = DateInterval(start: now.addingTimeInterval(-3600), duration: 86_400)

    static func file(
        _ store: StateStore, _ account: Account, _ signatory: String, bytes: Int, quota: FilingQuota,
        at time: Date = now, day: DateInterval = day
    ) throws -> Receipt {
        try store.recordFiling(
            signatory: signatory, quarter: quarter, bytes: Array(repeating: 0x23, count: bytes), received: time,
            filing: .onTime, filedBy: account, quota: quota, day: day)
    }

    @Test func versionsOfOneReportStopAtTheLimitAndNothingIsStored() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let known = ["dprd-ntt", "mui-ntt"]
        let dprd = try store.addSignatoryAccount("dprd-ntt", known: known, actor: "test").account
        let secretariat = try store.addSecretariatAccount("sekretariat", actor: "test").account
        let quota = FilingQuota(versionsPerReport: 2, bytesPerDay: 1 << 20)
        for size in [10, 11] { _ = try Self.file(store, dprd, "dprd-ntt", bytes: size, quota: quota) }
        let entries = try store.auditEntries().count
        #expect(throws: QuotaExceeded.versions(limit: 2)) {
            try Self.file(store, dprd, "dprd-ntt", bytes: 12, quota: quota)
        }
        #expect(try store.versions(signatory: "dprd-ntt", quarter: Self.quarter).count == 2)
        #expect(try store.auditEntries().count == entries)
        // Every stored version counts, whoever filed it; a higher quota (the secretariat's) goes on.
        _ = try Self.file(store, secretariat, "dprd-ntt", bytes: 13, quota: .secretariat)
        #expect(throws: QuotaExceeded.versions(limit: 2)) {
            try Self.file(store, dprd, "dprd-ntt", bytes: 14, quota: quota)
        }
        #expect(QuotaExceeded.versions(limit: 2).message.en.hasPrefix("this report already has 2 versions"))
        #expect(QuotaExceeded.versions(limit: 2).message.id.hasPrefix("laporan ini sudah memiliki 2 versi"))
    }

    @Test func bytesPerDayCountOneAccountsDayAlone() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let known = ["dprd-ntt", "mui-ntt"]
        let dprd = try store.addSignatoryAccount("dprd-ntt", known: known, actor: "test").account
        let mui = try store.addSignatoryAccount("mui-ntt", known: known, actor: "test").account
        let quota = FilingQuota(versionsPerReport: 30, bytesPerDay: 100)
        _ = try Self.file(store, dprd, "dprd-ntt", bytes: 60, quota: quota)
        let wait = Int(Self.day.end.timeIntervalSince(Self.now))
        #expect(throws: QuotaExceeded.bytesPerDay(limit: 100, used: 60, retryAfter: wait)) {
            try Self.file(store, dprd, "dprd-ntt", bytes: 41, quota: quota)
        }
        // Up to the limit exactly; another account has its own.
        _ = try Self.file(store, dprd, "dprd-ntt", bytes: 40, quota: quota)
        _ = try Self.file(store, mui, "mui-ntt", bytes: 100, quota: quota)
        // The next day starts again; what was filed before it no longer counts.
        let tomorrow = DateInterval(start: Self.day.end, duration: 86_400)
        _ = try Self.file(
            store, dprd, "dprd-ntt", bytes: 100, quota: quota, at: tomorrow.start.addingTimeInterval(60), day: tomorrow)
        let message = QuotaExceeded.bytesPerDay(limit: 100, used: 60, retryAfter: 5).message
        #expect(message.en.contains("filed 60 bytes today") && message.en.contains("daily limit of 100 bytes"))
        #expect(message.id.contains("60 bita hari ini") && message.id.contains("coba lagi besok"))
    }

    @Test func aBatchCannotPassTheQuotaTogether() async throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let dprd = try store.addSignatoryAccount("dprd-ntt", known: ["dprd-ntt"], actor: "test").account
        let quota = FilingQuota(versionsPerReport: 5, bytesPerDay: 1 << 20)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<12 {
                group.addTask {
                    (try? await store.commitFiling(
                        signatory: "dprd-ntt", quarter: Self.quarter, bytes: Array("v\(index)\n".utf8),
                        received: Self.now, filing: .onTime, filedBy: dprd, quota: quota, day: Self.day)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count { $0 } == 5)
        #expect(try store.versions(signatory: "dprd-ntt", quarter: Self.quarter).map(\.version) == Array(1...5))
    }
}
