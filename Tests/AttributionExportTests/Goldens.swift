import GoldenFiles

/// This target's golden files, in `Tests/AttributionExportTests/Golden/`.
let golden = Golden(besides: #filePath)
