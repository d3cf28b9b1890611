export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    // Extraction and the badge arrive with the extraction and extension issues.
  },
});
