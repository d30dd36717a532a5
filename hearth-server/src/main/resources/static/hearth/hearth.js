// Hearth's only script, loaded as a module so that no script is inline and the Content-Security-Policy can
// forbid inline script. It does what GOV.UK's page template does inline, then starts the Design System's
// components on the page. Browsers without modules never run it, and get the pages without JavaScript.
import { initAll } from '../govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// A region that follows work on the server (an import's progress): fetched again every two seconds until the
// work has ended, then the page goes where the region says. Without this script the page offers a link instead.
for (const region of document.querySelectorAll('[data-hearth-poll]')) {
  const follow = async () => {
    const answer = await fetch(region.dataset.hearthPoll, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    if (!answer.ok) {
      return
    }
    region.innerHTML = await answer.text()
    const done = region.querySelector('[data-hearth-done]')
    if (done) {
      window.location.assign(done.dataset.hearthDone)
    } else {
      setTimeout(follow, 2000)
    }
  }
  setTimeout(follow, 2000)
}
