// The few things the page asks of the browser itself. Nothing here sends anything anywhere: a report is handed to
// the browser as a download made in memory, and dropped files go to the file input as if picked.
window.lmecChecker = {
    languages: () => [...(navigator.languages || [navigator.language])],

    setLanguage: tag => { document.documentElement.lang = tag; },

    download: (fileName, type, text) => {
        const url = URL.createObjectURL(new Blob([text], { type }));
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
    },

    // Files dropped on the zone are given to its file input, which the page reads as it reads picked files.
    acceptDrops: zone => {
        const input = zone.querySelector("input[type=file]");
        zone.addEventListener("dragover", event => { event.preventDefault(); zone.classList.add("over"); });
        zone.addEventListener("dragleave", () => zone.classList.remove("over"));
        zone.addEventListener("drop", event => {
            event.preventDefault();
            zone.classList.remove("over");
            if (event.dataTransfer && event.dataTransfer.files.length > 0) {
                input.files = event.dataTransfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            }
        });
    },
};
