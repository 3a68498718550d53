//! The document's XMP metadata: its title, language and producer, and its
//! declaration as PDF/UA-1.

/// XMP metadata: the title (as in the document information dictionary),
/// language and producer, which accessibility checkers read here, and the
/// PDF/UA identification: `pdfuaid:part` 1, with the description of that
/// schema (an extension schema in PDF/A's terms) that PDF/UA-1 asks for.
pub(super) fn xmp(title: &str, producer: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        concat!(
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>",
            "<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>",
            "<pdf:Producer>{}</pdf:Producer>",
            "</rdf:Description>",
            "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
            "<pdfuaid:part>1</pdfuaid:part>",
            "</rdf:Description>",
            "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"",
            " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">",
            "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
            "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>",
            "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
            "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
            "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">",
            "<pdfaProperty:name>part</pdfaProperty:name>",
            "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
            "<pdfaProperty:category>internal</pdfaProperty:category>",
            "<pdfaProperty:description>Which part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>",
            "</rdf:li></rdf:Seq></pdfaSchema:property>",
            "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
            "</rdf:Description>",
            "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>"
        ),
        escape(title),
        escape(producer)
    )
}
