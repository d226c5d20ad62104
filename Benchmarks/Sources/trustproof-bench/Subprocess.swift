// Runs the tools being compared (trustproof, the Python baselines) as child processes.

import Foundation

struct SubprocessError: Error, CustomStringConvertible {
    let description: String
}

struct Finished {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs `executable` with `arguments` and waits. Output goes through files, so a chatty child never blocks on a
/// full pipe.
func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Finished {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    do { try process.run() } catch { throw SubprocessError(description: "cannot run \(executable): \(error)") }
    process.waitUntilExit()
    return Finished(status: process.terminationStatus,
                    standardOutput: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                    standardError: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}

/// Runs and requires one of `statuses`.
func runChecked(_ executable: String, _ arguments: [String], statuses: Set<Int32> = [0]) throws -> Finished {
    let finished = try run(executable, arguments)
    guard statuses.contains(finished.status) else {
        throw SubprocessError(description: """
            \(([executable] + arguments).joined(separator: " ")) exited with \(finished.status)
            \(finished.standardError.suffix(2000))
            """)
    }
    return finished
}
