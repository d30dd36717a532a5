package org.hearth.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, from npm) run in the page as it stands, against WCAG 2.0, 2.1 and
 * 2.2 A and AA: the violations it finds of serious or critical impact, each as rule, impact and the elements.
 * The script is taken from AXE_CORE_JS, or from .ci/npm where .ci/run installs it.
 */
final class Axe {
    private Axe() {
    }

    static Path script() {
        String given = System.getenv("AXE_CORE_JS");
        return given != null ? Path.of(given)
                : Path.of(System.getProperty("user.dir")).resolveSibling(".ci/npm/node_modules/axe-core/axe.min.js");
    }

    /** The serious and critical violations on the page, described; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        try {
            page.executeScript(Files.readString(script()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations), e => done([{id: 'axe failed', impact: 'critical', nodes: [], help: String(e)}]));""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                    targets.add(String.valueOf(node.get("target")));
                }
                found.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at " + targets);
            }
        }
        return found;
    }
}
