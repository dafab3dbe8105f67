import ArgumentParser
import Dispatch

extension Komitmen {
    /// The entry point: the command is parsed and, unless it is asynchronous, run on the main
    /// thread. Only an asynchronous command (`serve`) starts the concurrency runtime's main loop.
    /// ArgumentParser's asynchronous entry point (a root `AsyncParsableCommand`) parsed every
    /// command on a worker thread and parked the main thread in `dispatchMain()`, which ends it with
    /// `pthread_exit`: at every start of every command a thread was started, and glibc loaded
    /// libgcc_s to unwind the main thread (docs/benchmarks.md, "Start-up").
    static func main() {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        if let asynchronous = command as? any AsyncParsableCommand {
            runAsynchronously(asynchronous)
        }
        var synchronous = command
        do {
            try synchronous.run()
        } catch {
            exit(withError: error)
        }
    }

    /// As `AsyncParsableCommand.main()` runs it: in a task, the main thread serving the main queue.
    private static func runAsynchronously(_ command: sending any AsyncParsableCommand) -> Never {
        Task {
            var command = command
            do {
                try await command.run()
            } catch {
                exit(withError: error)
            }
            exit()
        }
        dispatchMain()
    }
}
