// `trustproof eval`, run as a process.

import Testing

@Suite struct EvalCommand {
    @Test func evaluatesTheIssueExampleExactly() throws {
        let result = try CommandRunner.run([
            "eval", "(1 - beta_A*(a+1))/(H + a - beta_A*(a+1))", "--at", "H=3/2", "a=3/4", "beta_A=7/10",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput == "-9/41\n-0.21951219512195121951...\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func decimalInputsAreExact() throws {
        let result = try CommandRunner.run(["eval", "x + 0.2", "--at", "x=0.1"])
        #expect(result.standardOutput == "3/10\n0.3\n")
    }

    @Test func relationsPrintTrueOrFalse() throws {
        let inside = try CommandRunner.run(["eval", "1/H >= y_B >= 1/(H+a)", "--at", "H=3/2", "a=3/4", "y_B=1/2"])
        #expect(inside.standardOutput == "true\n")
        let outside = try CommandRunner.run(["eval", "1/H >= y_B >= 1/(H+a)", "--at", "H=3/2", "a=3/4", "y_B=7/10"])
        #expect(outside.standardOutput == "false\n")
        #expect(outside.status == 0)
    }

    @Test(arguments: [
        (["eval", "1 + z"], "error: column 5: unknown name 'z'\n"),
        (["eval", "1/(H - 3/2)", "--at", "H=3/2"], "error: column 3: division by zero: 'H - 3/2' is 0\n"),
        (["eval", "(H + 1", "--at", "H=1"], "error: column 7: expected ')' matching the '(' at column 1, found the end of the input\n"),
        (["eval", "H", "--at", "H=abc"], "error: --at H: 'abc' is not an exact number (column 1: unknown name 'abc')\n"),
        (["eval", "H", "--at", "H"], "error: --at expects NAME=VALUE, got 'H'\n"),
    ])
    func errorsNameTheColumnAndExitWithStatus2(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError == message)
        #expect(result.standardOutput.isEmpty)
    }
}
