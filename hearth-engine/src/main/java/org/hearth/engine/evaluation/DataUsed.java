package org.hearth.engine.evaluation;

/**
 * What a result says about the data it was made from, so that a result made from part of a folder
 * never passes for one made from all of it: how many rows the reader left out (with
 * {@code --skip-invalid}), for how many reasons, and where each left-out row is listed.
 *
 * @param rowsLeftOut rows of the data folder that were rejected and not used; 0 for a whole folder
 * @param reasons the reasons given for them (a row may have several)
 * @param leftOutList the file listing every row left out with its reasons, or null when none was written
 */
public record DataUsed(long rowsLeftOut, long reasons, String leftOutList) {

    /** Every row of the folder was used. */
    public static final DataUsed WHOLE_FOLDER = new DataUsed(0, 0, null);

    /** True when every row of the folder was used. */
    public boolean complete() {
        return rowsLeftOut == 0;
    }
}
