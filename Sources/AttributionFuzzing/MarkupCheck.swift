import CLibXML2
import Foundation

/// Checks that markup the tool wrote is well-formed and inert: parsed as the tools that open it
/// parse it (libxml2's XML parser for SVG and the report, which is also well-formed XML, and its
/// HTML parser as a browser reads the report), it holds no element that runs or loads anything,
/// no event attribute and no `javascript:`, `vbscript:` or `data:` link. The report's own
/// scripts are allowed when their text is exactly one of the scripts it is given (the ones the
/// page pins by hash), with no attribute; so are the report's filter controls (a `<select>`,
/// inputs of type search, date and checkbox), which submit nothing without a form. A fuzz
/// target calls it on every output and stops (a crash for libFuzzer) on the first breach.
enum MarkupCheck {
  /// Elements that run script, load content or submit data; none may appear in any output but
  /// the allowed scripts.
  static let activeElements: Set<String> = [
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "button", "textarea", "foreignobject", "handler", "listener", "portal",
  ]
  /// Attributes whose value is a link or a resource address.
  static let linkAttributes: Set<String> = [
    "href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "codebase",
    "cite", "srcset", "to", "from", "values",
  ]
  /// Link schemes that run or embed something.
  static let activeSchemes = ["javascript:", "vbscript:", "data:"]

  /// What is wrong with `markup`, or nil when it is well-formed (as XML when `xml`) and inert
  /// but for `scripts`, whose texts (as written between the tags) may appear as scripts.
  static func problem(in markup: Data, xml: Bool, scripts: [String] = []) -> String? {
    let allowed = Set(scripts.map(bare))
    let document = markup.withUnsafeBytes { bytes -> xmlDocPtr? in
      guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      if xml {
        // Strict: no recovery; no network, no entity expansion beyond XML's own.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return xmlReadMemory(base, Int32(bytes.count), nil, "UTF-8", options)
      }
      let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
          | HTML_PARSE_NONET.rawValue)
      return htmlReadMemory(base, Int32(bytes.count), nil, "UTF-8", options)
    }
    guard let document else { return xml ? "not well-formed XML" : "not parsed as HTML" }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return "no root element" }
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      if node.pointee.type == XML_ELEMENT_NODE, let problem = problem(ofElement: node, scripts: allowed) {
        return problem
      }
      var child = node.pointee.children
      while let current = child {
        stack.append(current)
        child = current.pointee.next
      }
    }
    return nil
  }

  /// A script's text without CDATA markers, which XML parsing removes and HTML parsing keeps.
  private static func bare(_ script: String) -> String {
    script.replacingOccurrences(of: "<![CDATA[", with: "").replacingOccurrences(of: "]]>", with: "")
  }

  private static func problem(ofElement node: xmlNodePtr, scripts: Set<String>) -> String? {
    let name = string(node.pointee.name).lowercased()
    if name == "script", node.pointee.properties == nil, let content = xmlNodeGetContent(node) {
      let text = string(content)
      attribution_xml_free(content)
      if scripts.contains(bare(text)) { return nil }
      return "a <script> that is not one of the report's own"
    }
    if activeElements.contains(name) { return "active element <\(name)>" }
    var attribute = node.pointee.properties
    var attributes: [String: String] = [:]
    while let current = attribute {
      var key = string(current.pointee.name).lowercased()
      if let namespace = current.pointee.ns, let prefix = namespace.pointee.prefix {
        key = string(prefix).lowercased() + ":" + key
      }
      let value: String
      if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
        value = string(raw)
        attribution_xml_free(raw)
      } else {
        value = ""
      }
      attributes[key] = value
      attribute = current.pointee.next
    }
    for (key, value) in attributes {
      let bare = key.split(separator: ":").last.map(String.init) ?? key
      if bare.hasPrefix("on") { return "event attribute \(key) on <\(name)>" }
      if linkAttributes.contains(key) || linkAttributes.contains(bare) {
        let squeezed = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
        if let scheme = activeSchemes.first(where: { squeezed.hasPrefix($0) }) {
          return "\(scheme) link in \(key) of <\(name)>"
        }
      }
      if key == "style", value.lowercased().contains("javascript:") || value.lowercased().contains("expression(") {
        return "script in the style of <\(name)>"
      }
    }
    // The report's filters: inert without a form, and nothing else is allowed.
    if name == "input", !["checkbox", "radio", "search", "date"].contains(attributes["type"]?.lowercased() ?? "") {
      return "<input> of type \(attributes["type"] ?? "text")"
    }
    if name == "meta", attributes["http-equiv"]?.lowercased() == "refresh" { return "<meta http-equiv=refresh>" }
    if ["animate", "set", "animatetransform", "animatemotion"].contains(name),
      let target = attributes["attributename"]?.lowercased(), target.hasSuffix("href") || target.hasPrefix("on")
    {
      return "<\(name)> animating \(target)"
    }
    return nil
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}
