import Foundation
import Testing

@testable import KomitmenCore

/// Report and review files are opened relative to their quarter folder (`FolderHandles`) and read
/// in one `read` when the file is as large as it said: the same bytes, the same refusals.
@Suite struct FolderHandlesTests {
    /// A fresh folder holding `2026-Q1/` with one file, removed afterwards.
    struct Scratch {
        let base: String
        var folder: String { base + "/2026-Q1" }

        init() throws {
            base =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "komitmen-folders-\(UUID().uuidString)"
                ).path
            try FileManager.default.createDirectory(atPath: base + "/2026-Q1", withIntermediateDirectories: true)
            try Data("signatory: a\n".utf8).write(to: URL(fileURLWithPath: base + "/2026-Q1/a.yaml"))
        }

        func file(_ name: String, folder index: Int? = 0) -> RepositoryLayout.ReportFile {
            let path = folder + "/" + name
            return RepositoryLayout.ReportFile(
                path: path, quarter: Quarter("2026-Q1"), folder: index, nameStart: folder.utf8.count + 1)
        }

        func delete() { try? FileManager.default.removeItem(atPath: base) }
    }

    static func read(_ file: RepositoryLayout.ReportFile, _ handles: FolderHandles, upTo limit: Int = 100)
        -> Result<[UInt8], RepositoryLoader.ReadProblem>
    {
        RepositoryLoader.read(file.path, upTo: limit) { flags in handles.open(file, flags: flags) }.map(\.0)
    }

    @Test func readsAFileRelativeToItsFolder() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        let handles = FolderHandles([scratch.folder])
        #expect(try Self.read(scratch.file("a.yaml"), handles).get() == Array("signatory: a\n".utf8))
        // Relative to the folder held, not by its path: moved away, the folder is still read
        // through its handle, where the whole path now names nothing.
        try FileManager.default.moveItem(atPath: scratch.folder, toPath: scratch.base + "/moved")
        #expect(try Self.read(scratch.file("a.yaml"), handles).get() == Array("signatory: a\n".utf8))
        guard case .failure(.system) = Self.read(scratch.file("a.yaml"), FolderHandles([scratch.folder])) else {
            Issue.record("the whole path still named the moved file")
            return
        }
    }

    @Test func aLinkIsRefusedThroughAFolderHandle() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        try FileManager.default.createSymbolicLink(atPath: scratch.folder + "/b.yaml", withDestinationPath: "a.yaml")
        let handles = FolderHandles([scratch.folder])
        guard case .failure(.link) = Self.read(scratch.file("b.yaml"), handles) else {
            Issue.record("a link was followed")
            return
        }
    }

    @Test func aFolderNotOpenedLeavesItsFilesToTheirWholePaths() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        // Past the limit: opened by the whole path, the same bytes; and no handle is held (moved
        // away, the folder is no longer found).
        let none = FolderHandles([scratch.folder], limit: 0)
        #expect(try Self.read(scratch.file("a.yaml"), none).get() == Array("signatory: a\n".utf8))
        try FileManager.default.moveItem(atPath: scratch.folder, toPath: scratch.base + "/moved")
        guard case .failure(.system) = Self.read(scratch.file("a.yaml"), none) else {
            Issue.record("a folder past the limit was held")
            return
        }
        try FileManager.default.moveItem(atPath: scratch.base + "/moved", toPath: scratch.folder)
        // A folder that cannot be opened (here: none such): its files go by their whole paths.
        let gone = FolderHandles([scratch.base + "/2026-Q9"])
        #expect(try Self.read(scratch.file("a.yaml"), gone).get() == Array("signatory: a\n".utf8))
        // And a missing file still gives the system's error, through a handle or not.
        guard case .failure(.system) = Self.read(scratch.file("missing.yaml"), FolderHandles([scratch.folder]))
        else {
            Issue.record("a missing file was read")
            return
        }
    }

    @Test func aFolderReplacedByALinkIsNotFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        let elsewhere = scratch.base + "/elsewhere"
        try FileManager.default.moveItem(atPath: scratch.folder, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: scratch.folder, withDestinationPath: elsewhere)
        let handles = FolderHandles([scratch.folder])
        // The folder handle is refused (O_NOFOLLOW), so the file goes by its whole path, as it did
        // before folder handles: the layout names the linked folder in its own error.
        #expect(try Self.read(scratch.file("a.yaml"), handles).get() == Array("signatory: a\n".utf8))
        // No handle was taken through the link: with the link gone, the file is not found.
        try FileManager.default.removeItem(atPath: scratch.folder)
        guard case .failure(.system) = Self.read(scratch.file("a.yaml"), handles) else {
            Issue.record("the linked folder was held open")
            return
        }
    }

    @Test func oneReadStillStopsAtTheBound() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        let handles = FolderHandles([scratch.folder])
        let size = "signatory: a\n".utf8.count
        // The bound is one byte past the largest file taken: a longer file fills it and is refused.
        #expect(try Self.read(scratch.file("a.yaml"), handles, upTo: size + 1).get().count == size)
        #expect(try Self.read(scratch.file("a.yaml"), handles, upTo: size).get().count == size)
        #expect(try Self.read(scratch.file("a.yaml"), handles, upTo: 4).get().count == 4)
        try Data().write(to: URL(fileURLWithPath: scratch.folder + "/empty.yaml"))
        #expect(try Self.read(scratch.file("empty.yaml"), handles).get().isEmpty)
    }

    @Test func theLayoutNamesEachFilesFolderAndName() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KomitmenEndToEndTests/Fixtures/valid-repo").path
        let layout = RepositoryLayout(root: fixture)
        #expect(layout.reports.count == 4)
        #expect(layout.fileFolders.count == 2)
        for file in layout.reports {
            let folder = try #require(file.folder)
            let name = String(decoding: file.path.utf8.dropFirst(file.nameStart), as: UTF8.self)
            #expect(layout.fileFolders[folder] + "/" + name == file.path)
            #expect(!name.contains("/") && name.hasSuffix(".yaml"))
        }
    }
}
