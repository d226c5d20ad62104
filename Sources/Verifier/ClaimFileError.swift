// Mistakes in claim files, reported as `file:line:column: error: message`.

/// A mistake in a claim file, with its place.
public struct ClaimFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the format compilers use, so editors can jump to it.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
