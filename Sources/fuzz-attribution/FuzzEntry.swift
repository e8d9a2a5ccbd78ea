import AttributionFuzzing
import Foundation

#if FUZZING
  /// libFuzzer's driver, run from this program's main (SwiftPM gives an executable its own
  /// entry point, so libFuzzer's main is not the one linked).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The target named by ATTRIBUTION_FUZZ_TARGET (Scripts/fuzz).
  let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ATTRIBUTION_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      fatalError("set ATTRIBUTION_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
  }()

  @main
  enum FuzzMain {
    static func main() {
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      _ = fuzzTarget
      exit(runFuzzerDriver(&argc, &argv) { bytes, count in
        fuzzTarget.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
      })
    }
  }
#else
  /// Without the fuzzer: replays inputs through a target (`fuzz-attribution TARGET FILE…`),
  /// to check a crash found elsewhere.
  @main
  enum FuzzReplay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("usage: fuzz-attribution TARGET FILE… (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
        exit(2)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
          exit(1)
        }
        target.run(data)
        print("\(path): ok")
      }
    }
  }
#endif
