import Foundation
import KomitmenCore
import KomitmenFiles
import KomitmenYAML

/// Why a document was not written to a file; whatever was there is left as it was.
public struct OutputFailure: Error, Sendable {
    public var path: String
    public var reason: Phrase

    public var message: Phrase {
        AppWords.couldNotWriteLeftAsItWas(path, reason: reason)
    }
}

extension Workspace {
    /// Why writing to `path` would harm this repository (one of its files under any name, or a
    /// place where it keeps its data), or nil. Asked before the summary is made, as well as by `write`.
    public func outputProblem(_ path: String) -> OutputFailure? {
        OutputTarget.file(path).problem(writingOver: repository).map { OutputFailure(path: path, reason: $0) }
    }

    /// Writes a document to `path`, replacing a regular file whole or not at all; never through a
    /// link, never over a device or a file of this repository.
    public func write(
        _ document: RenderedDocument, to path: String,
        guarding: (any TemporaryFileGuarding)? = nil
    ) -> Result<Void, OutputFailure> {
        write(to: path, guarding: guarding) { part in try part(document.bytes) }
    }

    /// Writes what `contents` hands its writer, part by part, to `path`, as `write(_:to:guarding:)`
    /// does: a large summary need not be held whole.
    public func write(
        to path: String, guarding: (any TemporaryFileGuarding)? = nil,
        contents: (_ part: ([UInt8]) throws -> Void) throws -> Void
    ) -> Result<Void, OutputFailure> {
        if let problem = outputProblem(path) { return .failure(problem) }
        do {
            try AtomicFile.write(to: path, guarding: guarding, contents: contents)
            return .success(())
        } catch let error as AtomicFile.WriteFailed {
            return .failure(OutputFailure(path: path, reason: error.reason))
        } catch {
            return .failure(OutputFailure(path: path, reason: Phrase(verbatim: error.localizedDescription)))
        }
    }
}
