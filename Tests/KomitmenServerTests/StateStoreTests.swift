import Testing
@testable import KomitmenServer
