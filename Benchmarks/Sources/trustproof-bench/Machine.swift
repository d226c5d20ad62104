// What the figures were measured on.

import Foundation

struct Machine {
    let processor: String
    let cores: Int
    let memory: String
    let system: String
    let swift: String
    let gmp: String
    let z3: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let processor = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kilobytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        func output(_ command: String, _ arguments: [String]) -> String {
            let path = ["/usr/bin/", "/usr/local/bin/", "/opt/swift/usr/bin/"].map { $0 + command }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
            guard let path, let finished = try? run(path, arguments), finished.status == 0 else { return "unknown" }
            return (finished.standardOutput + finished.standardError).split(separator: "\n").first.map(String.init) ?? "unknown"
        }
        return Machine(
            processor: processor, cores: ProcessInfo.processInfo.activeProcessorCount,
            memory: "\((kilobytes + 512 * 1024) / (1024 * 1024)) GiB",
            system: output("uname", ["-sr"]), swift: output("swift", ["--version"]),
            gmp: output("pkg-config", ["--modversion", "gmp"]), z3: output("pkg-config", ["--modversion", "z3"]))
    }

    var markdown: String {
        """
        - processor: \(processor), \(cores) cores; memory \(memory)
        - system: \(system)
        - \(swift)
        - GMP \(gmp), Z3 \(z3)
        """
    }
}
