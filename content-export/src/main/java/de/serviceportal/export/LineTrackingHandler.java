package de.serviceportal.export;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/** Forwards SAX events unchanged and remembers the parser position, so repository errors can name a line. */
final class LineTrackingHandler implements ContentHandler {

    private final ContentHandler target;
    private Locator locator;

    LineTrackingHandler(ContentHandler target) {
        this.target = target;
    }

    int line() {
        return locator != null ? Math.max(locator.getLineNumber(), 0) : 0;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        target.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        target.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        target.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        target.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        target.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        target.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        target.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        target.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        target.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        this.target.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        target.skippedEntity(name);
    }
}
