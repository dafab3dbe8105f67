import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// Two repositories loaded in one process (one after the other, and at the same time) see only
/// their own files, and nothing of either is left once both are released: no process-wide state.
@Suite struct TwoRepositoriesTests {
    /// Two different repositories: each has a signatory the other lacks and an error of its own,
    /// on a line that names the repository.
    static func makePair() throws -> (ScratchRepository, ScratchRepository) {
        let first = try ScratchRepository("first")
        let second = try ScratchRepository("second")
        let polda = try first.read("signatories/polda-ntt.yaml")
        try first.write("signatories/polda-ntt.yaml", polda + "only_in_first: 1\n")
        try first.remove("signatories/pos-kupang.yaml")
        let belu = try second.read("signatories/pemkab-belu.yaml")
        try second.write("signatories/pemkab-belu.yaml", belu + "only_in_second: 2\n")
        try second.remove("signatories/polda-ntt.yaml")
        return (first, second)
    }

    static func load(_ repository: ScratchRepository) -> Workspace {
        Workspace.load(
            LoadOptions(root: repository.root, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-02-01")!)))
    }

    /// What each must see: its own files and lines, never the other's.
    static func check(
        _ workspace: Workspace, own: ScratchRepository, other: ScratchRepository,
        marker: String, otherMarker: String, signatory: String, missing: String
    ) {
        let validation = workspace.validate()
        #expect(validation.errorCount >= 1)
        #expect(!validation.diagnostics.isEmpty)
        for diagnostic in validation.diagnostics {
            #expect(diagnostic.file.hasPrefix(own.root + "/"), "\(diagnostic.file)")
            #expect(!diagnostic.file.hasPrefix(other.root))
        }
        var listing = ""
        validation.writeListing(to: &listing, language: .en, maxErrors: 0)
        #expect(listing.contains(marker))
        #expect(!listing.contains(otherMarker))
        #expect(!listing.contains(other.root))
        #expect(workspace.repository.signatory(signatory) != nil)
        #expect(workspace.repository.signatory(missing) == nil)
        let names = workspace.repository.files.all.map(\.path)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.hasPrefix(own.root + "/") })
        for signatory in workspace.repository.signatories { #expect(signatory.file.hasPrefix(own.root + "/")) }
    }

    @Test func oneAfterTheOtherAndAtOnce() async throws {
        let (first, second) = try Self.makePair()
        defer {
            first.delete()
            second.delete()
        }
        // One after the other.
        let a = Self.load(first)
        let b = Self.load(second)
        Self.check(
            a, own: first, other: second, marker: "only_in_first: 1", otherMarker: "only_in_second",
            signatory: "polda-ntt", missing: "pos-kupang")
        Self.check(
            b, own: second, other: first, marker: "only_in_second: 2", otherMarker: "only_in_first",
            signatory: "pos-kupang", missing: "polda-ntt")
        // At the same time, several rounds, each load on its own task.
        for _ in 0..<4 {
            async let loadedA = Self.load(first)
            async let loadedB = Self.load(second)
            let (x, y) = await (loadedA, loadedB)
            Self.check(
                x, own: first, other: second, marker: "only_in_first: 1", otherMarker: "only_in_second",
                signatory: "polda-ntt", missing: "pos-kupang")
            Self.check(
                y, own: second, other: first, marker: "only_in_second: 2", otherMarker: "only_in_first",
                signatory: "pos-kupang", missing: "polda-ntt")
        }
    }

    /// Once the workspaces are gone, so is every file table and file name they had.
    @Test func nothingOutlivesTheLoads() throws {
        let (first, second) = try Self.makePair()
        defer {
            first.delete()
            second.delete()
        }
        weak var firstTable: FileTable?
        weak var secondTable: FileTable?
        weak var firstName: FileName?
        weak var secondName: FileName?
        do {
            let a = Self.load(first)
            let b = Self.load(second)
            firstTable = a.repository.files
            secondTable = b.repository.files
            firstName = a.repository.files.all.first
            secondName = b.repository.files.all.first
            #expect(firstTable !== secondTable)
            #expect(firstName != nil && secondName != nil)
            #expect(a.validate().hasErrors && b.validate().hasErrors)
        }
        #expect(firstTable == nil)
        #expect(secondTable == nil)
        #expect(firstName == nil)
        #expect(secondName == nil)
    }
}
