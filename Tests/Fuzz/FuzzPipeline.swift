// libFuzzer target for komitmen's whole pipeline: built by `.ci/fuzz-pipeline.sh`, not by SwiftPM
// (no target names this folder). The script builds every library module as SwiftPM would and
// links them with this file (and FuzzPipeline+*.swift) as the module FuzzPipeline.
//
// An input is a repository: parts that start with a line `@@ relative/path` (at the start of the
// input or after a line feed) become files; text before the first such line is declaration.yaml.
// Paths are tamed (a few safe characters, no `..`, at most 3 levels), so the fuzzer also plays
// with the layout (`Reports/`, `x.yml`, a report in the wrong quarter). The files are written to
// a folder of this process in /dev/shm (else /tmp), cleared every run, and then:
//   load → diagnostics formatted in both languages → summaries for several quarters and as-of
//   dates, some hostile (0001-01-01, 2999-12-31, 9999-Q4) → every renderer and the status grid;
//   and every report read → its served form page (FuzzPipeline+Pages.swift), under 200 KB;
// checking: no trap (the sanitizers and libFuzzer see those), every diagnostic inside its file,
// output linear in the input, and (FUZZ_PIPELINE_CHECK_ESC=1) no raw ESC byte in any text.
import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML

/// One file of a fuzz input.
struct FuzzFile {
    var path: String
    var bytes: [UInt8]
}

let environment = ProcessInfo.processInfo.environment
let verbose = environment["FUZZ_PIPELINE_VERBOSE"] == "1"
let checkEscape = environment["FUZZ_PIPELINE_CHECK_ESC"] != "0"
/// `--as-of 0001-01-01`, `--quarter 9999-Q4` and the like (DESIGN.md: an answer or a one-line
/// error, never a trap); FUZZ_PIPELINE_HOSTILE_DATES=0 leaves them out, to look past a known trap.
let hostileDates = environment["FUZZ_PIPELINE_HOSTILE_DATES"] != "0"
/// Leaves out the scenarios whose description (`--quarter - --as-of 0001-01-01`) contains this.
let skippedScenario = environment["FUZZ_PIPELINE_SKIP"].flatMap { $0.isEmpty ? nil : $0 }
/// Summaries are made only for repositories without errors, as the CLI does; set to 1 to also
/// summarise what was read of a repository with errors.
let summariseWithErrors = environment["FUZZ_PIPELINE_SUMMARY_WITH_ERRORS"] == "1"

/// How much output an input (its bytes + 64 per file) may make. Validation, both languages: at
/// most 100 diagnostics per file, each with its source line and caret (2 × the line) and a message
/// that may quote it, is some 400 × the file per language. A summary is a few times its input
/// (the seeds: 1 to 7 ×), plus, per quarter shown, a history point or grid cell per indicator
/// (the seeds: under 0.1 × per quarter); the quarter is the user's to choose, so it multiplies.
let validationFactor = 1_024
let summaryFactor = 256
let summaryFactorPerQuarter = 16

/// The folder this process writes its repositories into.
let workFolder: String = {
    let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = base + "/komitmen-fuzz-pipeline-\(getpid())"
    atexit { try? FileManager.default.removeItem(atPath: workFolder) }
    return folder
}()

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    if let folder = environment["FUZZ_PIPELINE_WRITE_SEEDS"] {
        writeSeeds(to: folder, fixture: environment["FUZZ_PIPELINE_FIXTURE"])
        exit(0)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let clock = ContinuousClock()
    let started = clock.now
    let files = writeRepository(splitInput(bytes))
    let root = workFolder + "/repo"
    let written = clock.now
    let repository = RepositoryLoader(registry: compiledInPlugins).load(root)
    if verbose { say("--- written in \(written - started), loaded in \(clock.now - written)") }
    let inputSize = files.reduce(0) { $0 + $1.bytes.count } + 64 * files.count + 64
    if verbose { show(files, repository) }

    checkDiagnostics(repository, files: files, root: root)
    var validationBytes = 0
    for language in Language.allCases {
        let formatter = repository.formatter(language)
        for diagnostic in repository.diagnostics {
            let text = formatter.format(diagnostic)
            validationBytes += text.utf8.count
            checkNoEscape(text, "formatted diagnostic")
        }
    }
    check(
        validationBytes <= validationFactor * inputSize,
        "validation output of \(validationBytes) bytes for \(inputSize) bytes of input")

    checkFormPages(repository)

    guard !repository.hasErrors || summariseWithErrors else { return 0 }
    let engineDate = CalendarDate(year: 2026, month: 5, day: 1)!
    guard let engine = try? SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: engineDate) else {
        return 0
    }
    for (index, scenario) in scenarios(for: bytes, repository).enumerated() {
        let summary: Summary
        let summaryStarted = clock.now
        defer { if verbose { say("--- \(scenario) in \(clock.now - summaryStarted)") } }
        do {
            summary = try engine.summary(quarter: scenario.quarter.flatMap(Quarter.init), asOf: scenario.asOf)
        } catch {
            checkNoEscape(error.message.en + error.message.id, "summary error")
            continue
        }
        let language: Language = index % 2 == 0 ? .en : .id
        let renderers: [(String, any SummaryRenderer)] =
            SummaryFormat.allCases.map { ($0.rawValue, $0.renderer(language: language)) }
            + [("status", StatusGridRenderer(language: language))]
        let bound = summaryFactor * inputSize + summaryFactorPerQuarter * inputSize * summary.quarters.count
        for (name, renderer) in renderers {
            let text = renderer.render(summary)
            if verbose {
                say("--- \(name) \(scenario) \(language): \(text.utf8.count) bytes, \(summary.quarters.count) quarters")
            }
            check(
                text.utf8.count <= bound,
                "\(name) output of \(text.utf8.count) bytes for \(inputSize) bytes of input and \(summary.quarters.count) quarters (\(scenario))"
            )
            checkNoEscape(text, "\(name) output (\(scenario))")
        }
        if index == 0 { _ = TextRenderer(language: language, color: true).render(summary) }
    }
    return 0
}

/// A quarter (nil: the default one) and an as-of date, both as the command line would give them.
struct Scenario: CustomStringConvertible {
    var quarter: String?
    var asOf: CalendarDate
    var description: String { "--quarter \(quarter ?? "-") --as-of \(asOf)" }
}

/// Ordinary and hostile quarters and dates; the heavy ones only for some inputs, chosen by the
/// input's bytes so a run is reproducible.
func scenarios(for bytes: [UInt8], _ repository: Repository) -> [Scenario] {
    let date = { (text: String) in CalendarDate(text)! }
    let early = date("2000-01-01").dayNumber
    let late = date("2099-12-31").dayNumber
    var hash: UInt64 = 14_695_981_039_346_656_037
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    var list = [
        Scenario(quarter: nil, asOf: date("2026-01-20")),
        Scenario(quarter: nil, asOf: date("2026-11-20")),
        Scenario(quarter: nil, asOf: CalendarDate(dayNumber: early + Int(hash % UInt64(late - early + 1)))),
    ]
    if let declaration = repository.declaration {
        let first = declaration.firstQuarter
        list.append(Scenario(quarter: first.description, asOf: declaration.dueDate(first)))
        list.append(Scenario(quarter: nil, asOf: declaration.dueDate(first).adding(days: 1)))
    }
    guard hostileDates else { return list.filter(isWanted) }
    list += [
        Scenario(quarter: nil, asOf: date("0001-01-01")),
        Scenario(quarter: "2025-Q4", asOf: date("2999-12-31")),
        Scenario(quarter: "0001-Q1", asOf: date("2026-01-20")),
    ]
    // Thousands (2999) and tens of thousands (9999) of quarters of history: for a few inputs only.
    switch hash >> 59 {
    case 0, 1: list.append(Scenario(quarter: nil, asOf: date("2999-12-31")))
    case 2, 3: list.append(Scenario(quarter: "2999-Q4", asOf: date("0001-01-01")))
    case 4: list.append(Scenario(quarter: "9999-Q4", asOf: date("9999-12-31")))
    case 5: list.append(Scenario(quarter: nil, asOf: date("9999-12-31")))
    default: break
    }
    return list.filter(isWanted)
}

func isWanted(_ scenario: Scenario) -> Bool {
    skippedScenario.map { !scenario.description.contains($0) } ?? true
}

/// Splits an input into files at every `@@ path` line.
func splitInput(_ bytes: [UInt8]) -> [FuzzFile] {
    let at = UInt8(ascii: "@")
    let space = UInt8(ascii: " ")
    let newline = UInt8(ascii: "\n")
    func isHeader(_ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == at && bytes[index + 1] == at && bytes[index + 2] == space
            && (index == 0 || bytes[index - 1] == newline)
    }
    var starts = (0..<bytes.count).filter(isHeader)
    var files: [FuzzFile] = []
    if starts.first != 0 {
        files.append(FuzzFile(path: "declaration.yaml", bytes: Array(bytes[0..<(starts.first ?? bytes.count)])))
    }
    starts.append(bytes.count)
    for (start, end) in zip(starts, starts.dropFirst()) {
        let headerEnd = bytes[start..<end].firstIndex(of: newline) ?? end
        let body = headerEnd < end ? Array(bytes[(headerEnd + 1)..<end]) : []
        if let path = tamePath(Array(bytes[(start + 3)..<headerEnd])) {
            files.append(FuzzFile(path: path, bytes: body))
        }
    }
    return files
}

/// A relative path of safe characters, at most 3 levels, no `.` or `..` level; nil when empty.
func tamePath(_ raw: [UInt8]) -> String? {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-".utf8)
    let text = String(
        decoding: raw.prefix(120).map { $0 == UInt8(ascii: "/") || safe.contains($0) ? $0 : UInt8(ascii: "_") },
        as: UTF8.self)
    let parts = text.split(separator: "/").map { $0 == "." || $0 == ".." ? "_" : String($0) }
    return parts.isEmpty ? nil : parts.suffix(3).joined(separator: "/")
}

/// Writes the files under a cleared folder; a file whose path clashes with an earlier one (the
/// same path, or a file where a folder is needed) is left out. At most 64 files.
func writeRepository(_ files: [FuzzFile]) -> [FuzzFile] {
    let manager = FileManager.default
    let root = workFolder + "/repo"
    try? manager.removeItem(atPath: root)
    try? manager.createDirectory(atPath: root, withIntermediateDirectories: true)
    var written: [FuzzFile] = []
    var filePaths: Set<String> = []
    var folderPaths: Set<String> = []
    for file in files.prefix(64) {
        let levels = file.path.split(separator: "/").map(String.init)
        let folders = (1..<levels.count).map { levels[0..<$0].joined(separator: "/") }
        guard !filePaths.contains(file.path), !folderPaths.contains(file.path),
            !folders.contains(where: filePaths.contains)
        else { continue }
        if let folder = folders.last {
            try? manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        guard manager.createFile(atPath: root + "/" + file.path, contents: Data(file.bytes)) else { continue }
        filePaths.insert(file.path)
        folderPaths.formUnion(folders)
        written.append(file)
    }
    return written
}
