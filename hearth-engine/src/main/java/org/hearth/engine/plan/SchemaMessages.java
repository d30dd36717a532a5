package org.hearth.engine.plan;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/** Turns the schema validator's messages into a JSON pointer and a plain sentence. */
final class SchemaMessages {
    private SchemaMessages() {
    }

    /** The JSON pointer of the value the message is about; for a missing property, of its object. */
    static String pointer(ValidationMessage message) {
        JsonNodePath path = message.getInstanceLocation();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The message without the validator's "$.a.b: " prefix. */
    static String describe(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
