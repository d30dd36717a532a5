// Hearth's only script, loaded as a module so that no script is inline and the Content-Security-Policy can
// forbid inline script. It does what GOV.UK's page template does inline, then starts the Design System's
// components on the page. Browsers without modules never run it, and get the pages without JavaScript.
import { initAll } from '../govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
