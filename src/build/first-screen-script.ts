import { createHash } from "node:crypto";
import { SHELL_PAGES } from "../app/page-shell-paths.ts";

/**
 * Runs before the first paint, so the prerendered Finnish start page is never seen in another language or
 * under another page's address: it sets <html lang> and marks what of the prerendered HTML may show.
 * `data-first-screen="shell"`: another page is opened, only its header and footer show until the app draws it;
 * `"hidden"`: another language is chosen, nothing shows until the app draws it in that language.
 * `data-shell-page`: that other page has a prerendered loading view (app/page-shell-paths.ts), which shows
 * in place of the start page, in Finnish only.
 * `data-has-assessment`: the last visit had an assessment open, so the start page keeps room for its card.
 * Fonts: under the service worker (any visit after the first) the web fonts in `<template id="font-preloads">`
 * are preloaded from its cache, which holds the first paint back only a few milliseconds and is the only way
 * an `optional` face is used without a relayout. On a first visit `data-fonts="system"` draws the whole page
 * view in the system font instead: Chromium holds the first paint back for a preloaded font until it arrives,
 * and one arriving unpreloaded within the block period moves the text.
 * Last, it starts fetching the app's code only after the first frame: the entry and its preloads wait in
 * `<template id="app-code">`. Fetched at once, the 14 modules' requests and compiling held the first paint
 * back by some 60 ms, even with the entry deferred. A hidden tab gets no frames, so a timer starts it there.
 * Kept in sync with LANGUAGE_KEY and HAS_ASSESSMENT_KEY (store/app-store.ts) and currentPath (ui/router.tsx); first-screen.test.ts checks.
 */
export const FIRST_SCREEN_SCRIPT = `(function(){var P=${JSON.stringify(SHELL_PAGES)},d=document.documentElement,p=location.hash.slice(1),l=null;try{l=localStorage.getItem("kumppanuuspeili:language");if(localStorage.getItem("kumppanuuspeili:has-assessment"))d.setAttribute("data-has-assessment","")}catch(e){}var f=document.getElementById("font-preloads"),w=navigator.serviceWorker;if(f){if(w&&w.controller)document.head.appendChild(document.importNode(f.content,true));else d.setAttribute("data-fonts","system")}if(l==="sv"||l==="en")d.lang=l;else l="fi";var s=p.charAt(0)==="/"&&p!=="/";if(l!=="fi")d.setAttribute("data-first-screen","hidden");else if(s){d.setAttribute("data-first-screen","shell");for(var k in P)if(new RegExp(P[k]).test(p))d.setAttribute("data-shell-page",k)}var t=0;function a(){if(t++)return;var m=document.getElementById("app-code");if(!m)return;var e=m.content.querySelector("[data-app-entry]");document.head.appendChild(document.importNode(m.content,true));if(e){var c=document.createElement("script");c.type="module";c.crossOrigin="";c.src=e.getAttribute("href");document.head.appendChild(c)}}requestAnimationFrame(function(){setTimeout(a,0)});setTimeout(a,1000)})()`;

/** The CSP source that allows exactly the script above and nothing else inline. */
export const FIRST_SCREEN_SCRIPT_HASH = `'sha256-${createHash("sha256").update(FIRST_SCREEN_SCRIPT).digest("base64")}'`;
