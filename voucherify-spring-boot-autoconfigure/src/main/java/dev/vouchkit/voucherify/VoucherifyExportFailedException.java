package dev.vouchkit.voucherify;

import dev.vouchkit.voucherify.model.TransactionsExport;

/**
 * The export ended with status {@code ERROR}: Voucherify could not write the file. Starting a
 * new export may succeed; this one will not change.
 */
public class VoucherifyExportFailedException extends VoucherifyException {

	private final TransactionsExport export;

	public VoucherifyExportFailedException(String message, VoucherifyOperation operation, TransactionsExport export) {
		super(message, operation, null);
		this.export = export;
	}

	/**
	 * The export as last read.
	 * @return the export, status {@code ERROR}
	 */
	public TransactionsExport getExport() {
		return this.export;
	}

}
