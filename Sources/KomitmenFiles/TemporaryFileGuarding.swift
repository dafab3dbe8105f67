/// Told of the temporary file `AtomicFile` writes, while it exists: a front end that owns the
/// process (the CLI) removes it when a signal ends the process; a server, which must not change
/// process-wide signal handlers for one request, passes none.
public protocol TemporaryFileGuarding: Sendable {
    /// The temporary file is about to be made; the returned closure is called once it is gone.
    func arm(_ temporary: String) -> @Sendable () -> Void
}
