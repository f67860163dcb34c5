import GuideModel

extension SalaryExporter {
  /// `records` (from `data`, already filtered and ordered) in `format`; `options` matter to the
  /// table alone.
  public static func render(
    _ records: [SalaryRecord], of data: SalaryData, format: SalaryFormat, options: RenderOptions
  ) -> String {
    switch format {
    case .table: SalaryTableRenderer.render(records, of: data, options: options)
    case .plain: plain(records)
    case .tsv: tsv(records)
    case .csv: csv(records)
    case .json: json(records)
    case .markdown: markdown(records, of: data)
    }
  }
}
