// The invariants FuzzPipeline checks, and what it prints when asked (FUZZ_PIPELINE_VERBOSE=1).
import Foundation
import KomitmenCore
import KomitmenYAML

/// Stops the run with a message when an invariant is broken: libFuzzer saves the input as a crash.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data("Fuzz pipeline invariant broken: \(message())\n".utf8))
    abort()
}

/// No raw ESC byte in text meant for a terminal, a file or a page (FUZZ_PIPELINE_CHECK_ESC=0 turns the check off).
func checkNoEscape(_ text: String, _ what: @autoclosure () -> String) {
    guard checkEscape, text.utf8.contains(0x1B) else { return }
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.utf8.contains(0x1B) } ?? ""
    check(false, "a raw ESC byte in the \(what()): \(String(reflecting: String(line.prefix(200))))")
}

/// Every diagnostic points inside its file (see `isInside`), and one about a path that is not a file we wrote (a folder, a missing
/// file) points at 1:1. (Its words may quote a raw ESC: the formatter escapes them, checked on its output.)
func checkDiagnostics(_ repository: Repository, files: [FuzzFile], root: String) {
    let byPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    var lineCache: [String: [Int]] = [:]
    for diagnostic in repository.diagnostics {
        let place = "\(diagnostic.headline())"
        let line = diagnostic.mark.line
        let column = diagnostic.mark.column
        check(line >= 1 && column >= 1, "a diagnostic before the start of its file: \(place)")
        let relative =
            diagnostic.file.hasPrefix(root + "/") ? String(diagnostic.file.dropFirst(root.count + 1)) : diagnostic.file
        guard let bytes = byPath[relative] else {
            check(diagnostic.mark == .fileStart, "a diagnostic inside a file that was not written: \(place)")
            continue
        }
        // Lines end where libyaml ends them (LF, CR, CR LF, NEL, LS, PS): SourceText's line index
        // follows libyaml, so its lines and libyaml's marks must agree.
        let lengths = lineCache[relative] ?? lineLengths(bytes, yaml: true)
        lineCache[relative] = lengths
        guard !isInside(diagnostic.mark, lengths) else { continue }
        let length = line <= lengths.count ? "of a line of \(lengths[line - 1]) characters" : "past the last line"
        check(
            false,
            "a diagnostic at \(line):\(column), \(length) of a file of \(lengths.count) lines (libyaml's line breaks): \(place)"
        )
    }
}

/// Whether a mark lies on a line of the file, at most one column past its end (where a problem
/// at the end of a line or of the file is shown), or at the start of the line after the last: the
/// line after a last line break, or where libyaml puts the end of a stream whose last line has no
/// line break (it "forces a new line" there).
func isInside(_ mark: Mark, _ lengths: [Int]) -> Bool {
    if mark.line == lengths.count + 1 { return mark.column == 1 }
    return mark.line <= lengths.count && mark.column <= lengths[mark.line - 1] + 1
}

/// The length of every line in characters (code points, as `SourceText.mark` counts columns: one
/// per byte that is not a UTF-8 continuation byte). Lines end at LF, a CR before it excluded, as
/// `SourceText.line` reads them; with `yaml` also at CR, NEL, LS and PS, as libyaml counts lines.
/// A final line is counted even when empty (the one after a last line break).
func lineLengths(_ bytes: [UInt8], yaml: Bool) -> [Int] {
    var lengths: [Int] = []
    var length = 0
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        var breakWidth = 0
        if byte == 0x0A {
            breakWidth = 1
        } else if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
            breakWidth = 2
        } else if yaml && byte == 0x0D {
            breakWidth = 1
        } else if yaml && byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0x85 {
            breakWidth = 2
        } else if yaml && byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        {
            breakWidth = 3
        }
        if breakWidth > 0 {
            lengths.append(length)
            length = 0
            index += breakWidth
            continue
        }
        if byte & 0xC0 != 0x80 { length += 1 }
        index += 1
    }
    lengths.append(length)
    return lengths
}

/// Prints a repository and its diagnostics, to see what an input became.
func show(_ files: [FuzzFile], _ repository: Repository) {
    for file in files {
        say("=== \(file.path) (\(file.bytes.count) bytes)")
        say(String(decoding: file.bytes, as: UTF8.self).debugDescription)
    }
    say(
        "=== \(repository.diagnostics.count) diagnostics, \(repository.signatories.count) signatories, \(repository.reports.count) reports"
    )
    for diagnostic in repository.diagnostics { say(diagnostic.headline()) }
}

/// Prints a line to standard error, unbuffered: what was printed before an abort is seen.
func say(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
