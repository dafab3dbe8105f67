import Foundation
import Testing

@testable import KomitmenApp

/// `ChildProcess`, the one way komitmen runs a program (sendmail for `remind`, git for `serve
/// --git`): found on absolute PATH folders only, its input given, its output's end kept, its exit
/// told apart from a signal, and stopped at the time-out.
@Suite struct ChildProcessRunTests {
    static func shell(_ script: String, timeout: Double = 10) -> ChildProcess {
        var child = ChildProcess(executable: "/bin/sh", arguments: ["-c", script])
        child.timeout = timeout
        return child
    }

    @Test func inputIsReadAndOutputKept() {
        let outcome = Self.shell("tr a-z A-Z; echo done >&2").run(input: Array("hello\n".utf8))
        #expect(outcome == .exited(status: 0, output: "HELLO\ndone\n"))
    }

    @Test func anExitStatusAndASignalAreToldApart() {
        #expect(Self.shell("echo no; exit 3").run() == .exited(status: 3, output: "no\n"))
        // KILL: a signal the test runner may ignore (TERM, PIPE) stays ignored in its children.
        #expect(Self.shell("kill -KILL $$").run() == .signalled(signal: SIGKILL, output: ""))
    }

    @Test func aProgramPastItsTimeOutIsStopped() {
        let started = Date()
        var sleeper = ChildProcess(executable: "/bin/sleep", arguments: ["30"])
        sleeper.timeout = 0.5
        #expect(sleeper.run() == .timedOut)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramThatReadsNothingDoesNotHoldTheCaller() {
        signal(SIGPIPE, SIG_IGN)
        let outcome = Self.shell("exit 0").run(input: [UInt8](repeating: 0x41, count: 4 << 20))
        #expect(outcome == .exited(status: 0, output: ""))
    }

    @Test func onlyTheLast4KiBOfOutputAreKept() {
        let script = "awk 'BEGIN { for (i = 0; i < 20000; i++) print \"xxxx\"; print \"END\" }'"
        guard case .exited(0, let output) = Self.shell(script).run() else {
            Issue.record("did not exit 0")
            return
        }
        #expect(output.utf8.count == 4096)
        #expect(output.hasSuffix("xxxx\nEND\n"))
    }

    @Test func aMissingProgramIsNotStarted() {
        let outcome = ChildProcess(executable: "/nonexistent/program", arguments: []).run()
        guard case .notStarted = outcome else {
            Issue.record("\(outcome)")
            return
        }
    }

    @Test func findSearchesAbsoluteFoldersOnly() throws {
        let folder = NSTemporaryDirectory() + "komitmen-find-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = folder + "/bin/komitmen-probe"
        #expect(FileManager.default.createFile(atPath: program, contents: Data("#!/bin/sh\n".utf8)))
        chmod(program, 0o755)
        #expect(ChildProcess.find("komitmen-probe", searchPath: "/nowhere:\(folder)/bin") == program)
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(folder)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        #expect(ChildProcess.find("komitmen-probe", searchPath: "bin::.") == nil)
        #expect(ChildProcess.find("sh", searchPath: "/usr/bin:/bin") != nil)
        #expect(ChildProcess.find("/bin/sh", searchPath: "") == "/bin/sh")
    }
}
